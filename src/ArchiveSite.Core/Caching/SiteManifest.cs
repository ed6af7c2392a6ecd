namespace ArchiveSite.Caching;

/// <summary>
/// What the last successful build wrote into one output folder: every file's site path with the fingerprint
/// of what it was made from and its file's length and time, under the fingerprint common to all pages (tool
/// and theme). The next build into the same folder keeps a page whose fingerprint is unchanged and whose file
/// is still there with that length and time (nothing, <c>serve</c>'s quick redraw included, wrote it since),
/// without rendering it. Written only after the new site is in place.
/// <para>
/// With them, the digest of everything the site was made from (<see cref="Inputs"/>: notes, settings, theme, tool,
/// options) and what its build reported (<see cref="Report"/>), so that a build from the same keeps the site whole.
/// </para>
/// </summary>
public sealed class SiteManifest
{
    /// <param name="Written">The file's last-write time in ticks (UTC), once it is in the site; 0 until then.</param>
    public sealed record Page(byte[] Fingerprint, long Length, long Written = 0);

    private const string Kind = "site";
    private const string CommonKey = "\0common";
    private const string InputsKey = "\0inputs";
    private const string ReportKey = "\0report";

    public string Common { get; }
    public IReadOnlyDictionary<string, Page> Pages { get; }
    public string? Inputs { get; }
    public BuildReport? Report { get; }

    public SiteManifest(string common, IReadOnlyDictionary<string, Page> pages, string? inputs = null, BuildReport? report = null) =>
        (Common, Pages, Inputs, Report) = (common, pages, inputs, report);

    /// <summary>The manifest in <paramref name="file"/>, or null when there is none this build can use.</summary>
    public static SiteManifest? Read(string file, ICollection<string> warnings)
    {
        string? common = null, inputs = null;
        BuildReport? report = null;
        var pages = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var (key, hash, payload) in CacheStore.ReadEntries(file, Kind, warnings))
        {
            if (key == CommonKey) common = System.Text.Encoding.UTF8.GetString(payload.Span);
            else if (key == InputsKey) inputs = System.Text.Encoding.UTF8.GetString(payload.Span);
            else if (key == ReportKey) report = ReportFrom(payload.Span);
            else if (payload.Length == 16) pages[key] = new Page(hash.ToArray(), BitConverter.ToInt64(payload.Span), BitConverter.ToInt64(payload.Span[8..]));
        }
        return common is null ? null : new SiteManifest(common, pages, report is null ? null : inputs, report);
    }

    public void Write(string file, ICollection<string> warnings) =>
        CacheStore.WriteEntries(file, Kind,
            Pages.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value.Fingerprint, (byte[])[.. BitConverter.GetBytes(p.Value.Length), .. BitConverter.GetBytes(p.Value.Written)]))
                .Prepend((CommonKey, Array.Empty<byte>(), System.Text.Encoding.UTF8.GetBytes(Common)))
                .Concat(Inputs is null || Report is null ? []
                    : [(InputsKey, [], System.Text.Encoding.UTF8.GetBytes(Inputs)), (ReportKey, [], MemoryPack.MemoryPackSerializer.Serialize(Report))])
                .Select(e => (e.Item1, (ReadOnlyMemory<byte>)e.Item2, (ReadOnlyMemory<byte>)e.Item3)),
            warnings);

    /// <summary>A report the same build of the tool wrote; null (the site is then made again) if it cannot be read.</summary>
    private static BuildReport? ReportFrom(ReadOnlySpan<byte> payload)
    {
        try { return MemoryPack.MemoryPackSerializer.Deserialize<BuildReport>(payload); }
        catch (Exception e) when (e is MemoryPack.MemoryPackSerializationException or ArgumentException or IndexOutOfRangeException or OverflowException) { return null; }
    }

    /// <summary>Forgets the folder's manifest (before a build starts changing the folder: a build that dies half-way leaves none).</summary>
    public static void Forget(string file)
    {
        try { File.Delete(file); } catch (IOException) { } // a manifest that cannot be removed is checked page by page anyway
    }
}
