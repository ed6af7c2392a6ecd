using ArchiveSite.Configuration;
using ArchiveSite.Output;
using ArchiveSite.Rendering;

namespace ArchiveSite.Site;

/// <summary>
/// <c>archive-site build</c>: load the notes, render every page in parallel into a staging folder, write
/// the feed, sitemap and export, check every internal link, index for search, and only then swap the new
/// site in. Any error (a bad note, a broken theme, a broken link) leaves the previous site untouched. When
/// nothing the last site was made from has changed, that site is kept whole instead of made again.
/// </summary>
public static class SiteBuilder
{
    /// <param name="progress">Told when each stage ends, with what it did and how long it took.</param>
    /// <param name="pagesWritten">Told (pages written, pages in all) as rendering goes, every 200 pages.</param>
    public static BuildResult Build(BuildOptions options, Action<string>? progress = null, Action<int, int>? pagesWritten = null)
    {
        using var run = new BuildRun(options, progress);
        var succeeded = run.MayWrite
            && (run.KeptLastSite()
                || run.Read()
                && run.Theme()
                && run.PagesAndOutputs(pagesWritten)
                && run.Links())
            && run.Search()
            && run.Swap();
        return run.Result(succeeded);
    }

    /// <summary>
    /// Why <see cref="BuildOptions.Output"/> must not be replaced, or null: checked by the CLI before any note
    /// is read (a usage error), and again by <see cref="Build"/>.
    /// </summary>
    public static string? OutputRefusal(BuildOptions options) =>
        OutputGuard.Refusal(options.Output, options.Content, LocateTheme(options, options.ReadConfiguration()).Folder);

    /// <summary>The theme a build with these options uses (serve watches it).</summary>
    public static Theme LocateTheme(BuildOptions options, SiteConfiguration configuration) =>
        Theme.Locate(configuration.SettingsFolder.Root, configuration.Settings.Theme, options.Theme);
}
