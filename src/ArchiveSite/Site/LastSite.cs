using System.Security.Cryptography;
using System.Text;
using ArchiveSite.Caching;
using ArchiveSite.Output;
using ArchiveSite.Rendering;
using ArchiveSite.Search;
using ArchiveSite.Site.Pages;
using ArchiveSite.Urls;

namespace ArchiveSite.Site;

/// <summary>
/// The whole site by what it is made from, the cache's outermost layer. A build whose notes and settings are byte
/// for byte those the last site in its output was made from (<see cref="ArchiveInputs"/>), with the same
/// theme, tool and options, would make that site again file for file and report the same; so it keeps it: every
/// file linked from the last site (or the cache's copy of it) on the terms an unchanged page is kept (a regular
/// file of the recorded length and time), its search index among them; the last report given again; nothing
/// parsed, resolved, rendered or indexed. One byte changed anywhere, and the site is made as before, the page
/// layer keeping what it can.
/// </summary>
internal static class LastSite
{
    /// <summary>The digest of what a site is made from: its archive's inputs, the tool and templates (<paramref name="common"/>), the theme's assets, the options that change pages.</summary>
    public static string Key(string inputs, string common, Theme theme, BuildOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"site\n{inputs}\n{common}\n{options.BaseUrl ?? "-"}\n{Search(options)}\n"));
        PageFingerprint.AppendFolder(hash, theme.AssetsFolder);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Whether the site has a search index, and which indexer over which pages made it: the index is kept with the
    /// site (<see cref="SearchBundle"/>), so another Pagefind makes the site again.
    /// </summary>
    private static string Search(BuildOptions options) => options.Search
        ? $"search {PageKinds.SearchGlob((options.Kinds ?? SiteKinds.Default).Pages)} with {PagefindIndexer.Identity(options.Pagefind) ?? "no indexer"}"
        : "no search";

    /// <summary>
    /// Links every file of the last site from <paramref name="previous"/> into the folder <paramref name="pages"/> writes;
    /// false when one is missing or was changed since (by <c>serve</c>'s quick redraw, or by hand): the caller then
    /// empties that folder and makes the site.
    /// </summary>
    public static bool Link(SiteManifest last, string previous, PageWriter pages)
    {
        var files = last.Pages.Select(page => (File: SitePaths.FileFor(page.Key), page.Value.Length, page.Value.Written)).ToList();
        pages.CreateFoldersFor(files.Select(file => file.File));
        var linked = 0;
        Parallel.ForEach(files, file =>
        {
            if (pages.Reuse(file.File, file.Length, file.Written)) Interlocked.Increment(ref linked);
        });
        return linked == files.Count;
    }
}
