using System.Security.Cryptography;
using System.Text;
using ArchiveSite.Caching;
using ArchiveSite.Files;

namespace ArchiveSite.Search;

/// <summary>
/// The files Pagefind wrote into <c>/pagefind/</c>, as entries of the site manifest beside the pages: so that a site
/// kept whole keeps its search index with it (linked like any kept file, on the same terms), and the cache's copy of
/// the site carries it to the next build into a new folder. Pagefind reads nothing but the pages, so the index of a
/// site whose pages are kept file for file is the index Pagefind would write again (its chunks may be split
/// otherwise: it goes by the order the file system lists the pages in).
/// </summary>
public static class SearchBundle
{
    private const string Prefix = "/" + PagefindIndexer.BundleFolder + "/";

    /// <summary>What every file of the bundle is made from, as far as the manifest goes: the pages, which it does not name.</summary>
    private static readonly byte[] Fingerprint = SHA256.HashData(Encoding.UTF8.GetBytes("pagefind bundle"));

    /// <summary>Whether the site path is a file of the search index.</summary>
    public static bool Holds(string sitePath) => sitePath.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Whether the manifest lists a search index among its files.</summary>
    public static bool IsIn(SiteManifest manifest) => manifest.Pages.Keys.Any(Holds);

    /// <summary>Every regular file under <paramref name="site"/>/pagefind, by site path, as a manifest entry (its time is set when the site is in place).</summary>
    public static IEnumerable<(string Path, SiteManifest.Page Page)> Entries(string site)
    {
        var folder = Path.Combine(site, PagefindIndexer.BundleFolder);
        if (!Directory.Exists(folder)) yield break;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            // Pagefind writes regular files only; anything else is not carried into the next site.
            if (PathStatus.Of(file).Kind != PathKind.File) continue;
            yield return ("/" + Path.GetRelativePath(site, file).Replace('\\', '/'), new SiteManifest.Page(Fingerprint, new FileInfo(file).Length));
        }
    }
}
