namespace ArchiveSite.Caching;

/// <summary>
/// What the last successful build wrote into one output folder: every file's site path with the fingerprint
/// of what it was made from and its file's length and time, under the fingerprint common to all pages (tool
/// and theme). The next build into the same folder keeps a page whose fingerprint is unchanged and whose file
/// is still there with that length and time (nothing, <c>serve</c>'s quick redraw included, wrote it since),
/// without rendering it. Written only after the new site is in place.
/// </summary>
public sealed class SiteManifest
{
    /// <param name="Written">The file's last-write time in ticks (UTC), once it is in the site; 0 until then.</param>
    public sealed record Page(byte[] Fingerprint, long Length, long Written = 0);

    private const string Kind = "site";
    private const string CommonKey = "\0common";

    public string Common { get; }
    public IReadOnlyDictionary<string, Page> Pages { get; }

    public SiteManifest(string common, IReadOnlyDictionary<string, Page> pages) => (Common, Pages) = (common, pages);

    /// <summary>The manifest in <paramref name="file"/>, or null when there is none this build can use.</summary>
    public static SiteManifest? Read(string file, ICollection<string> warnings)
    {
        string? common = null;
        var pages = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var (key, hash, payload) in CacheStore.ReadEntries(file, Kind, warnings))
        {
            if (key == CommonKey) common = System.Text.Encoding.UTF8.GetString(payload);
            else if (payload.Length == 16) pages[key] = new Page(hash, BitConverter.ToInt64(payload), BitConverter.ToInt64(payload, 8));
        }
        return common is null ? null : new SiteManifest(common, pages);
    }

    public void Write(string file, ICollection<string> warnings) =>
        CacheStore.WriteEntries(file, Kind,
            Pages.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value.Fingerprint, (byte[])[.. BitConverter.GetBytes(p.Value.Length), .. BitConverter.GetBytes(p.Value.Written)]))
                .Prepend((CommonKey, Array.Empty<byte>(), System.Text.Encoding.UTF8.GetBytes(Common))),
            warnings);

    /// <summary>Forgets the folder's manifest (before a build starts changing the folder: a build that dies half-way leaves none).</summary>
    public static void Forget(string file)
    {
        try { File.Delete(file); } catch (IOException) { } // a manifest that cannot be removed is checked page by page anyway
    }
}
