using System.Diagnostics;
using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.Export;
using ArchiveSite.Output;
using ArchiveSite.PostProcessing;
using ArchiveSite.Rendering;
using ArchiveSite.Rendering.Views;
using ArchiveSite.Search;
using ArchiveSite.Site.Pages;
using ArchiveSite.Urls;

namespace ArchiveSite.Site;

/// <summary>
/// <c>archive-site build</c>: load the notes, render every page in parallel into a staging folder, write
/// the feed, sitemap and export, check every internal link, index for search, and only then swap the new
/// site in. Any error (a bad note, a broken theme, a broken link) leaves the previous site untouched.
/// </summary>
public static class SiteBuilder
{
    /// <param name="progress">Told when each stage ends, with what it did and how long it took.</param>
    /// <param name="pagesWritten">Told (pages written, pages in all) as rendering goes, every 200 pages.</param>
    public static BuildResult Build(BuildOptions options, Action<string>? progress = null, Action<int, int>? pagesWritten = null)
    {
        var stages = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        void Stage(string name)
        {
            stages.Add((name, clock.Elapsed));
            progress?.Invoke($"{name} ({clock.Elapsed.TotalSeconds:0.00} s)");
            clock.Restart();
        }

        // archive.yml, read once. Compiling the theme (Roslyn, seconds) needs only its `theme:`: start it now
        // and read the notes meanwhile.
        var configuration = options.ReadConfiguration();
        var theme = LocateTheme(options, configuration);
        var themeProblems = theme.Problems(PageKinds.Templates).ToList();
        var compiling = themeProblems.Count == 0 ? Task.Run(() => (options.Templates ?? new TemplateCache()).Get(theme)) : null;

        var diagnostics = new DiagnosticBag();
        var refusal = options.DryRun ? null : OutputGuard.Refusal(options.Output, options.Content, theme.Folder);
        if (refusal is not null)
        {
            diagnostics.Add(Diagnostic.Error(options.Output, 0, 0, refusal));
            return new BuildResult(diagnostics.Sorted(), false, 0, 0, 0, stages);
        }
        // Taken before the notes are read: it locks the output against a second build and puts back a site
        // that a killed build left half-swapped, whatever this build then finds.
        using var staging = options.DryRun ? StagingFolder.Temporary() : new StagingFolder(options.Output);

        var loaded = ArchiveLoader.Load(configuration);
        var archive = loaded.Archive;
        diagnostics.AddRange(loaded.Diagnostics);
        Stage($"read {loaded.NoteCount} notes, {archive.Meetings.Count} calls");
        BuildResult Failed(int pages = 0) => new(diagnostics.Sorted(), false, loaded.NoteCount, archive.Meetings.Count, pages, stages, Archive: archive);
        // A dry run (check) goes on past bad notes, so that the calls that could be read are rendered and
        // their link problems reported in the same run.
        if (loaded.HasErrors && !options.DryRun) return Failed();

        diagnostics.AddRange(themeProblems);
        if (themeProblems.Count > 0) return Failed();
        var (templates, templateErrors) = compiling!.GetAwaiter().GetResult();
        diagnostics.AddRange(templateErrors);
        if (templateErrors.Any(d => d.Severity == Severity.Error)) return Failed();
        Stage("compiled the theme's templates");

        var address = SiteAddress.Parse(options.BaseUrl ?? archive.Settings.BaseUrl);
        var links = new LinkChecker(address);
        var assets = AssetPublisher.Publish(theme.AssetsFolder, staging.Path);
        foreach (var asset in assets.Values) links.Wrote(asset);
        var missingAssets = RequiredAssets.Where(required => !assets.ContainsKey(required)).ToList();
        foreach (var required in missingAssets)
            diagnostics.Add(Diagnostic.Error(theme.AssetsFolder, 0, 0, $"the theme has no assets/{required}; copy it from themes/default"));
        if (missingAssets.Count > 0) return Failed();

        var chrome = new SiteChrome(
            archive.Settings.Title,
            new Link(archive.Settings.Title, address.Href(SitePaths.Home)),
            PageKinds.Navigation.Select(n => new Link(n.Label, address.Href(n.Path))).ToList(),
            address.Href(SitePaths.Search), options.Search, address.Href(SitePaths.Feed),
            address.Href(assets["site.css"]), address.Href(assets["site.js"]), address.Href(assets["search.js"]),
            archive.Settings.SourceUrl);
        var context = new PageContext(archive, address, chrome);
        var notes = new NoteRenderer(archive, address, SitePaths.CallPathsByNote(archive));

        var build = new PageBuild(context, notes, diagnostics);
        var jobs = PageKinds.All.SelectMany(kind => kind.Pages(build)).ToList();
        // Every folder the pages need, made once up front rather than checked on every write.
        var pages = new PageWriter(staging.Path);
        pages.CreateFoldersFor(jobs.Select(j => SitePaths.FileFor(j.Path)));
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var job in jobs)
        {
            if (!paths.Add(job.Path)) throw new InvalidOperationException($"two pages share the path {job.Path}");
            links.Wrote(job.Path);
        }
        // The feed, sitemap and export need only the archive and the page list: written beside the pages
        // (one thread of the pool) rather than after them, while the render threads do the rest.
        var extras = Task.Run(() =>
        {
            var written = new List<string> { SitePaths.Feed, SitePaths.Export };
            AtomFeed.Write(Path.Combine(staging.Path, "feed.xml"), archive, address, CallPages.Summary);
            var pagePaths = jobs.Select(j => j.Path).Where(p => p != SitePaths.NotFound).Order(StringComparer.Ordinal).ToList();
            written.AddRange(Sitemap.Write(staging.Path, pagePaths, address));
            using (var export = File.Create(Path.Combine(staging.Path, "meetings.json"))) ArchiveJson.Write(archive, export);
            return written;
        });
        var pagesDone = 0;
        try
        {
            Workers.For(jobs.Count, index =>
            {
                var job = jobs[index];
                var html = templates.Render(job.Template, job.Model());
                links.Scan(job.Path, html);
                pages.Write(SitePaths.FileFor(job.Path), html);
                var done = Interlocked.Increment(ref pagesDone);
                if (done % 200 == 0) pagesWritten?.Invoke(done, jobs.Count);
            });
        }
        catch
        {
            // Let the writer of the feed and sitemap finish before the staging folder is removed.
            try { extras.Wait(); } catch (AggregateException) { }
            throw;
        }
        Stage($"rendered {jobs.Count} pages");

        foreach (var written in extras.GetAwaiter().GetResult()) links.Wrote(written);
        if (!address.IsAbsolute)
            diagnostics.Add(Diagnostic.Warning(SiteSettingsFile, 0,
                $"base_url '{options.BaseUrl ?? archive.Settings.BaseUrl}' is not an absolute URL; the feed, sitemap and canonical links are site-relative (set base_url: https://... or pass --base-url)"));
        Stage("wrote feed, sitemap, robots.txt and meetings.json");

        diagnostics.AddRange(links.Check());
        Stage("checked internal links");
        if (diagnostics.HasAny(Severity.Error)) return Failed(jobs.Count);

        if (options.DryRun) return new BuildResult(diagnostics.Sorted(), !diagnostics.HasAny(Severity.Error), loaded.NoteCount, archive.Meetings.Count, jobs.Count, stages, Archive: archive);
        if (options.Search)
        {
            var search = PagefindIndexer.Index(staging.Path, options.Pagefind);
            if (search.Error is not null)
            {
                diagnostics.Add(search.Error);
                return Failed(jobs.Count);
            }
            Stage($"indexed {search.IndexedPages} calls for search");
        }

        staging.Commit();
        Stage("replaced the site");
        return new BuildResult(diagnostics.Sorted(), true, loaded.NoteCount, archive.Meetings.Count, jobs.Count, stages,
            new SiteSnapshot(options.Content, options.Output, context, notes, templates), archive);
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

    private const string SiteSettingsFile = SiteSettingsLoader.FileName;

    /// <summary>The theme's assets the layout links to: a theme without them fails before any page is written.</summary>
    private static readonly string[] RequiredAssets = ["site.css", "site.js", "search.js"];
}
