using System.Security.Cryptography;

namespace ArchiveSite.Output;

/// <summary>
/// Copies a theme's assets into the site under <c>assets/</c>, each with a content hash in its name
/// (<c>site.3f9a1c2b7d.css</c>), so they can be cached forever and a change is never served stale.
/// </summary>
public static class AssetPublisher
{
    /// <returns>Each asset's path in the theme (<c>site.css</c>) mapped to its site path (<c>/assets/site.3f9a1c2b7d.css</c>).</returns>
    public static IReadOnlyDictionary<string, string> Publish(string assetsFolder, string siteFolder)
    {
        var published = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(assetsFolder)) return published;
        foreach (var file in Directory.EnumerateFiles(assetsFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(assetsFolder, file).Replace('\\', '/');
            var bytes = File.ReadAllBytes(file);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var extension = Path.GetExtension(relative);
            var sitePath = $"/assets/{relative[..^extension.Length]}.{hash}{extension}".ToLowerInvariant();
            var target = Path.Combine(siteFolder, sitePath.TrimStart('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Delete(target); // replaced, never written into: it may be a file the live site shares (RecycledFolder)
            File.WriteAllBytes(target, bytes);
            published[relative] = sitePath;
        }
        return published;
    }
}
