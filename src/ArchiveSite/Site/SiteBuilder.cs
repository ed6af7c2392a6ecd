using System.Collections.Concurrent;
using ArchiveSite.Caching;
using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.Export;
using ArchiveSite.Output;
using ArchiveSite.PostProcessing;
using ArchiveSite.Rendering;
using ArchiveSite.Rendering.Views;
using ArchiveSite.Search;
using ArchiveSite.Site.Outputs;
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
        var clock = new StageClock(progress);
        var diagnostics = new DiagnosticBag();

        // archive.yml, read once. Compiling the theme (Roslyn, seconds) needs only its `theme:`: start it now
        // and read the notes meanwhile.
        var configuration = options.ReadConfiguration();
        var theme = LocateTheme(options, configuration);
        var kinds = options.Kinds ?? SiteKinds.Default;
        var themeProblems = theme.Problems(PageKinds.Templates(kinds.Pages)).ToList();
        var cache = options.Cache ?? BuildCache.Default();
        var compiling = themeProblems.Count == 0 ? Task.Run(() => cache.Templates.Get(theme)) : null;

        var refusal = options.DryRun ? null : OutputGuard.Refusal(options.Output, options.Content, theme.Folder);
        if (refusal is not null)
        {
            diagnostics.Add(Diagnostic.Error(options.Output, 0, 0, refusal));
            return new BuildResult(diagnostics.Sorted(), false, 0, 0, 0, clock.Stages);
        }
        // Taken before the notes are read: it locks the output against a second build and puts back a site
        // that a killed build left half-swapped, whatever this build then finds.
        using var staging = options.DryRun ? StagingFolder.Temporary() : new StagingFolder(options.Output);

        // 1. Read the notes: load → parse → resolve.
        var cacheProblems = new List<string>();
        var loaded = ArchiveLoader.Load(configuration, cache.NotesOf(configuration.Folder.Root, cacheProblems));
        var archive = loaded.Archive;
        diagnostics.AddRange(loaded.Diagnostics);
        clock.Stage(loaded.Parsed < loaded.NoteCount
            ? $"read {loaded.NoteCount} notes ({loaded.Parsed} parsed, the rest from the cache), {archive.Meetings.Count} calls"
            : $"read {loaded.NoteCount} notes, {archive.Meetings.Count} calls");
        BuildResult Failed(int pages = 0) => new(diagnostics.Sorted(), false, loaded.NoteCount, archive.Meetings.Count, pages, clock.Stages, Archive: archive);
        // A dry run (check) goes on past bad notes, so that the calls that could be read are rendered and
        // their link problems reported in the same run.
        if (loaded.HasErrors && !options.DryRun) return Failed();

        // 2. The theme: its templates compiled, its assets published.
        diagnostics.AddRange(themeProblems);
        if (themeProblems.Count > 0) return Failed();
        var (templates, templateErrors) = compiling!.GetAwaiter().GetResult();
        diagnostics.AddRange(templateErrors);
        if (templateErrors.Any(d => d.Severity == Severity.Error)) return Failed();
        clock.Stage("compiled the theme's templates");
        var address = SiteAddress.Parse(options.BaseUrl ?? archive.Settings.BaseUrl);
        var links = new LinkChecker(address);
        if (PublishAssets(theme, staging.Path, links, diagnostics) is not { } assets) return Failed();

        // 3. Every page planned (PageKinds), then rendered in parallel while the feed, sitemap and export are written.
        var context = new PageContext(archive, address, Chrome(archive, address, assets, options.Search, kinds.Pages));
        var notes = new NoteRenderer(archive, address, SitePaths.CallPathsByNote(archive));
        var jobs = kinds.Pages.SelectMany(kind => kind.Pages(new PageBuild(context, notes, diagnostics))).ToList();
        // The site this build replaces, if there is one (the guard has checked it is archive-site's own output);
        // else, for a build into a new folder (CI on a fresh machine), the copy of the last one the cache kept.
        var manifestFile = options.DryRun ? null : cache.SiteManifestOf(options.Output);
        var outputIsNew = !options.DryRun && !Directory.Exists(options.Output);
        var siteCopy = outputIsNew ? cache.SiteCopyOf(options.Output) : null;
        var previous = options.DryRun ? null
            : !outputIsNew ? Path.GetFullPath(options.Output)
            : siteCopy is not null && Directory.Exists(siteCopy) ? siteCopy : null;
        var pages = PlanPages(jobs, staging.Path, previous, links);
        // The theme's assets, the favicon and the marker were written before the old site was at hand: each keeps
        // the old file (and its time, for uploaders that go by it) when its bytes are the same.
        foreach (var file in assets.Values.Select(SitePaths.FileFor).Append("favicon.ico").Append(OutputGuard.MarkerFile))
            if (File.Exists(Path.Combine(staging.Path, file))) pages.KeepIfUnchanged(file);
        // What the last build into this folder made each page from: a page made from the same is kept, not rendered.
        var common = manifestFile is null ? "" : PageFingerprint.Common(CacheStore.ToolBuild, theme.TemplatesFolder);
        var lastBuild = previous is not null && manifestFile is not null ? SiteManifest.Read(manifestFile, cacheProblems) : null;
        if (lastBuild is not null && lastBuild.Common != common) lastBuild = null;
        var reference = manifestFile is null ? null : lastBuild ?? new SiteManifest(common, new Dictionary<string, SiteManifest.Page>());
        var extras = Task.Run(() => WriteOutputs(kinds.Outputs, staging.Path, context, jobs, pages, reference));
        var made = RenderPages(jobs, templates, links, pages, extras, pagesWritten, reference);
        clock.Stage(made.Kept.IsEmpty ? $"rendered {jobs.Count} pages" : $"rendered {jobs.Count - made.Kept.Count} pages, kept {made.Kept.Count} unchanged");
        var extraFiles = extras.GetAwaiter().GetResult();
        foreach (var extra in extraFiles) links.Wrote(extra.Path);
        Parallel.ForEach(extraFiles, extra => made.Pages[extra.Path] = extra.Kept ?? new SiteManifest.Page(extra.Fingerprint, pages.KeepIfUnchanged(SitePaths.FileFor(extra.Path))));
        // A kept page's links were checked when it was made, against a site that had every file it links to;
        // only when some file is gone since could one of them now lead nowhere.
        if (lastBuild is not null && lastBuild.Pages.Keys.Any(path => !made.Pages.ContainsKey(path)))
            foreach (var path in made.Kept) links.Scan(path, File.ReadAllText(Path.Combine(staging.Path, SitePaths.FileFor(path))));
        foreach (var problem in cacheProblems) diagnostics.Add(Diagnostic.Warning(ArchiveLoader.CacheDiagnosticFile, 0, problem));
        if (!address.IsAbsolute)
            diagnostics.Add(Diagnostic.Warning(SiteSettingsFile, 0,
                $"base_url '{options.BaseUrl ?? archive.Settings.BaseUrl}' is not an absolute URL; the feed, sitemap and canonical links are site-relative and the feed's entries get urn:uuid ids (set base_url: https://... or pass --base-url)"));
        var keptExtras = extraFiles.Count(extra => extra.Kept is not null);
        var outputNames = string.Join(", ", kinds.Outputs.Select(k => k.Name));
        clock.Stage(keptExtras == 0 ? $"wrote {outputNames}" : $"wrote {outputNames}, kept {keptExtras} unchanged");

        // 4. Every internal link checked.
        diagnostics.AddRange(links.Check());
        clock.Stage("checked internal links");
        if (diagnostics.HasAny(Severity.Error)) return Failed(jobs.Count);
        if (options.DryRun) return new BuildResult(diagnostics.Sorted(), true, loaded.NoteCount, archive.Meetings.Count, jobs.Count, clock.Stages, Archive: archive);

        // 5. The search index.
        if (options.Search)
        {
            var search = PagefindIndexer.Index(staging.Path, PageKinds.SearchGlob(kinds.Pages), options.Pagefind);
            if (search.Error is not null)
            {
                diagnostics.Add(search.Error);
                return Failed(jobs.Count);
            }
            clock.Stage($"indexed {search.IndexedPages} pages for search");
        }

        // 6. The new site swapped in whole; then what its pages were made from is remembered for the next build.
        if (manifestFile is not null)
        {
            SiteManifest.Forget(manifestFile);
            foreach (var (path, page) in made.Pages) made.Pages[path] = page with { Written = pages.WrittenTicks(SitePaths.FileFor(path)) };
        }
        staging.Commit();
        if (manifestFile is not null)
        {
            var problems = new List<string>();
            new SiteManifest(common, made.Pages).Write(manifestFile, problems);
            if (siteCopy is not null && SiteCopy.Keep(Path.GetFullPath(options.Output), made.Pages.Keys.Select(SitePaths.FileFor).ToList(),
                    lastBuild?.Pages.Keys.Where(path => !made.Pages.ContainsKey(path)).Select(SitePaths.FileFor) ?? [], siteCopy) is { } problem)
                problems.Add(problem);
            diagnostics.AddRange(problems.Select(p => Diagnostic.Warning(ArchiveLoader.CacheDiagnosticFile, 0, p)));
        }
        clock.Stage("replaced the site");
        return new BuildResult(diagnostics.Sorted(), true, loaded.NoteCount, archive.Meetings.Count, jobs.Count, clock.Stages,
            new SiteSnapshot(options.Content, options.Output, context, notes, templates), archive);
    }

    /// <summary>The theme's assets, fingerprinted, by name; null (with errors) when one the layout links to is missing.</summary>
    private static IReadOnlyDictionary<string, string>? PublishAssets(Theme theme, string staging, LinkChecker links, DiagnosticBag diagnostics)
    {
        var assets = AssetPublisher.Publish(theme.AssetsFolder, staging);
        foreach (var asset in assets.Values) links.Wrote(asset);
        // Browsers and feed readers ask for /favicon.ico whatever the pages link.
        if (assets.TryGetValue("favicon.ico", out var icon))
        {
            File.Copy(Path.Combine(staging, icon.TrimStart('/')), Path.Combine(staging, "favicon.ico"), overwrite: true);
            links.Wrote("/favicon.ico");
        }
        var missing = RequiredAssets.Where(required => !assets.ContainsKey(required)).ToList();
        foreach (var required in missing)
            diagnostics.Add(Diagnostic.Error(theme.AssetsFolder, 0, 0, $"the theme has no assets/{required}; copy it from themes/default"));
        return missing.Count == 0 ? assets : null;
    }

    /// <summary>What every page shows around its content: title, navigation (from <see cref="PageKinds"/>), assets.</summary>
    private static SiteChrome Chrome(Model.Archive archive, SiteAddress address, IReadOnlyDictionary<string, string> assets, bool search, IEnumerable<PageKind> kinds) => new(
        archive.Settings.Title,
        new Link(archive.Settings.Title, address.Href(SitePaths.Home)),
        PageKinds.Navigation(kinds).Select(n => new Link(n.Label, address.Href(n.Path))).ToList(),
        address.Href(SitePaths.Search), search, address.Href(SitePaths.Feed),
        address.Href(assets["site.css"]), address.Href(assets["site.js"]), address.Href(assets["search.js"]),
        archive.Settings.SourceUrl,
        assets.TryGetValue("favicon.svg", out var icon) ? address.Href(icon) : null);

    /// <summary>Every folder the pages need, made once up front rather than checked on every write; every path told to the link check.</summary>
    private static PageWriter PlanPages(List<RenderJob> jobs, string staging, string? previous, LinkChecker links)
    {
        var pages = new PageWriter(staging, previous);
        pages.CreateFoldersFor(jobs.Select(j => SitePaths.FileFor(j.Path)));
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var job in jobs)
        {
            if (!paths.Add(job.Path)) throw new InvalidOperationException($"two pages share the path {job.Path}");
            links.Wrote(job.Path);
        }
        return pages;
    }

    /// <summary>A file written beside the pages: its fingerprint (empty: always written), and the last build's entry when its file was kept.</summary>
    private sealed record ExtraFile(string Path, byte[] Fingerprint, SiteManifest.Page? Kept = null);

    // The outputs need only the archive and the page list: written beside the pages (one thread of the pool, then
    // the files in parallel) rather than after them, while the render threads do the rest. A file whose inputs are
    // what the last build made it from is kept like a page.
    private static List<ExtraFile> WriteOutputs(IReadOnlyList<OutputKind> kinds, string staging, PageContext context, List<RenderJob> jobs, PageWriter pages, SiteManifest? lastBuild)
    {
        var pagePaths = jobs.Select(j => j.Path).Where(p => p != SitePaths.NotFound).Order(StringComparer.Ordinal).ToList();
        var build = new OutputBuild(context, pagePaths);
        var outputs = kinds.SelectMany(kind => kind.Files(build)).ToList();
        var paths = jobs.Select(j => j.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var output in outputs)
            if (!paths.Add(output.Path)) throw new InvalidOperationException($"two files of the site share the path {output.Path}");
        var written = new ExtraFile[outputs.Count];
        pages.CreateFoldersFor(outputs.Select(o => SitePaths.FileFor(o.Path)));
        Parallel.For(0, outputs.Count, i =>
        {
            var output = outputs[i];
            var file = SitePaths.FileFor(output.Path);
            var inputs = lastBuild is null ? null : output.Fingerprint?.Invoke();
            if (inputs is not null && lastBuild!.Pages.TryGetValue(output.Path, out var last) && last.Fingerprint.AsSpan().SequenceEqual(inputs)
                && pages.Reuse(file, last.Length, last.Written))
                written[i] = new ExtraFile(output.Path, inputs, last);
            else
            {
                output.Write(Path.Combine(staging, file));
                written[i] = new ExtraFile(output.Path, inputs ?? []);
            }
        });
        return [.. written];
    }

    /// <summary>Every page's fingerprint and length (for the next build), and the pages kept from the last build unrendered.</summary>
    private sealed record MadePages(ConcurrentDictionary<string, SiteManifest.Page> Pages, ConcurrentBag<string> Kept);

    /// <param name="lastBuild">What the pages in the previous site were made from (empty for none); null when no manifest is kept, and no page fingerprinted.</param>
    private static MadePages RenderPages(List<RenderJob> jobs, TemplateRenderer templates, LinkChecker links, PageWriter pages, Task extras,
        Action<int, int>? pagesWritten, SiteManifest? lastBuild)
    {
        var made = new MadePages(new(StringComparer.Ordinal), []);
        var pagesDone = 0;
        try
        {
            Workers.For(jobs.Count, index =>
            {
                var job = jobs[index];
                var file = SitePaths.FileFor(job.Path);
                var model = job.Model();
                var fingerprint = lastBuild is null ? null : PageFingerprint.Of(job.Template, model);
                if (fingerprint is not null && lastBuild!.Pages.TryGetValue(job.Path, out var last)
                    && last.Fingerprint.AsSpan().SequenceEqual(fingerprint) && pages.Reuse(file, last.Length, last.Written))
                {
                    made.Kept.Add(job.Path);
                    made.Pages[job.Path] = last;
                }
                else
                {
                    var html = templates.Render(job.Template, model);
                    links.Scan(job.Path, html);
                    var length = pages.Write(file, html);
                    if (fingerprint is not null) made.Pages[job.Path] = new SiteManifest.Page(fingerprint, length);
                }
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
        return made;
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
