using ArchiveSite.Caching;
using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.Output;
using ArchiveSite.PostProcessing;
using ArchiveSite.Rendering;
using ArchiveSite.Rendering.Views;
using ArchiveSite.Search;
using ArchiveSite.Site.Pages;
using ArchiveSite.Urls;

namespace ArchiveSite.Site;

/// <summary>
/// One build's state and its stages, in the order <see cref="SiteBuilder.Build"/> runs them: each a method that
/// reports what it did and how long it took, and returns false when the build must stop (the previous site then
/// stays as it was: the staging folder is removed on <see cref="Dispose"/>).
/// </summary>
internal sealed class BuildRun : IDisposable
{
    private readonly BuildOptions _options;
    private readonly StageClock _clock;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly SiteConfiguration _configuration;
    private readonly Theme _theme;
    private readonly SiteKinds _kinds;
    private readonly List<Diagnostic> _themeProblems;
    private readonly BuildCache _cache;
    private readonly Task<(TemplateRenderer Templates, IReadOnlyList<Diagnostic> Errors)>? _compiling;
    private readonly StagingFolder? _staging;
    private readonly List<string> _cacheProblems = [];

    private ArchiveLoader.Result? _loaded;
    private TemplateRenderer? _templates;
    private SiteAddress? _address;
    private LinkChecker? _links;
    private IReadOnlyDictionary<string, string>? _assets;
    private PageContext? _context;
    private NoteRenderer? _notes;
    private List<RenderJob> _jobs = [];
    private PageWriter? _pages;
    private PageRendering.MadePages? _made;
    private string? _manifestFile;
    private string? _siteCopy;
    private string? _previous;
    private bool _copyIsCurrent;
    private SiteManifest? _lastManifest;
    private bool _lastManifestRead;
    private readonly string _common = "";
    private SiteManifest? _lastBuild;
    private SiteManifest? _kept;
    // The site kept whole came with its search index (stage 5 then has nothing to do).
    private bool _keptIndex;
    // The recycled staging folder (the site before last) being pruned beside the read, to the files this build may keep.
    private Task<HashSet<string>>? _pruning;

    /// <summary>Reads archive.yml once and starts compiling the theme (Roslyn, seconds: it needs only `theme:`) while the notes are read.</summary>
    public BuildRun(BuildOptions options, Action<string>? progress)
    {
        _options = options;
        _clock = new StageClock(progress);
        _configuration = options.ReadConfiguration();
        _theme = SiteBuilder.LocateTheme(options, _configuration);
        _kinds = options.Kinds ?? SiteKinds.Default;
        _themeProblems = _theme.Problems(PageKinds.Templates(_kinds.Pages)).ToList();
        _cache = options.Cache ?? BuildCache.Default();
        _compiling = _themeProblems.Count == 0 ? Task.Run(() => _cache.Templates.Get(_theme)) : null;
        if ((options.DryRun ? null : OutputGuard.Refusal(options.Output, options.Content, _theme.Folder)) is { } refusal)
        {
            _diagnostics.Add(Diagnostic.Error(options.Output, 0, 0, refusal));
            return;
        }
        // Taken before the notes are read: it locks the output against a second build and puts back a site
        // that a killed build left half-swapped, whatever this build then finds.
        _staging = options.DryRun ? StagingFolder.Temporary() : new StagingFolder(options.Output);
        _previous = PreviousSite();
        _pruning = Recycle();
        // What every page is made from besides its model (tool, templates): needed only where a manifest is kept.
        _common = _manifestFile is null ? "" : PageFingerprint.Common(PageFingerprint.ToolBuild, _theme.TemplatesFolder);
    }

    /// <summary>
    /// The staging folder, when it is the site before last (<see cref="StagingFolder.Recycled"/>): pruned, beside the
    /// read, to the files this build may keep, which it then keeps without making a folder or a link. Against the site
    /// the build keeps files from (the output, or the cache's copy of it) and its manifest; else emptied.
    /// </summary>
    private Task<HashSet<string>>? Recycle()
    {
        if (_staging is not { Recycled: true } staging) return null;
        if (_previous is { } previous && LastManifest() is { } last)
        {
            var listed = last.Pages.Keys.Select(SitePaths.FileFor).ToHashSet(StringComparer.Ordinal);
            return Task.Run(() => staging.Prune(previous, listed));
        }
        staging.Empty();
        return null;
    }

    /// <summary>The files of the recycled staging folder left for this build to keep (waiting for the pruning); null for a new folder.</summary>
    private HashSet<string>? Recycled => _pruning?.GetAwaiter().GetResult();

    /// <summary>A writer for the staging folder, keeping files from <paramref name="previous"/>; nothing is written into it before.</summary>
    private PageWriter WriterFrom(string? previous) => new(_staging!.Path, previous, Recycled);

    /// <summary>Whether the output folder may be replaced at all (checked before any note is read).</summary>
    public bool MayWrite => _staging is not null;

    private Model.Archive? Archive => _loaded?.Archive;

    /// <summary>
    /// 0. The last site kept whole when nothing it was made from has changed (<see cref="LastSite"/>): its files
    /// linked into the new site and its report given again. Not for a dry run, for <c>serve</c> (which needs the
    /// model) or for a site of other kinds. False when this build must make the site (stages 1–4).
    /// </summary>
    public bool KeptLastSite()
    {
        if (_options.DryRun || !_options.KeepUnchangedSite || _options.Kinds is not null || _themeProblems.Count > 0) return false;
        if (_previous is not { } previous || _manifestFile is null) return false;
        var last = LastManifest();
        if (last?.Inputs is null || last.Report is null) return false;
        if (ArchiveInputs.Survey(_configuration, last.Report.Notes) is not { } inputs || LastSite.Key(inputs, _common, _theme, _options) != last.Inputs) return false;
        var staging = _staging!.Path;
        _pages = WriterFrom(previous);
        // The same theme published its assets for the last site; should it not now, stage 2 says why.
        _assets = PublishAssets(_theme, staging, new LinkChecker(SiteAddress.Parse(_options.BaseUrl ?? _configuration.Settings.BaseUrl)), new DiagnosticBag());
        if (_assets is null || !LastSite.Link(last, previous, _pages))
        {
            _staging.Empty();
            _pruning = null;
            return false;
        }
        KeepUnchangedAssets(_pages, staging);
        _diagnostics.AddRange(last.Report.Diagnostics);
        (_lastBuild, _kept, _made) = (last, last, new PageRendering.MadePages(new(last.Pages, StringComparer.Ordinal), []));
        _keptIndex = SearchBundle.IsIn(last);
        _clock.Stage($"kept the last site whole: nothing it was made from has changed ({last.Pages.Count} pages and files{(_keptIndex ? ", its search index among them" : "")})");
        return true;
    }

    /// <summary>1. The notes: loaded (the cache's parsed notes reused) → parsed → resolved.</summary>
    public bool Read()
    {
        _loaded = _cache.Load(_configuration);
        _diagnostics.AddRange(_loaded.Diagnostics);
        _clock.Stage(_loaded.Parsed < _loaded.NoteCount
            ? $"read {_loaded.NoteCount} notes ({_loaded.Parsed} parsed, the rest from the cache), {_loaded.Archive.Meetings.Count} calls"
            : $"read {_loaded.NoteCount} notes, {_loaded.Archive.Meetings.Count} calls");
        // A dry run (check) goes on past bad notes, so that the calls that could be read are rendered and
        // their link problems reported in the same run.
        return !_loaded.HasErrors || _options.DryRun;
    }

    /// <summary>2. The theme: its templates compiled, its assets published.</summary>
    public bool Theme()
    {
        _diagnostics.AddRange(_themeProblems);
        if (_themeProblems.Count > 0) return false;
        var (templates, templateErrors) = _compiling!.GetAwaiter().GetResult();
        _diagnostics.AddRange(templateErrors);
        if (templateErrors.Any(d => d.Severity == Severity.Error)) return false;
        _templates = templates;
        _clock.Stage("compiled the theme's templates");
        _address = SiteAddress.Parse(_options.BaseUrl ?? Archive!.Settings.BaseUrl);
        _links = new LinkChecker(_address);
        _ = Recycled; // the assets are the first files written
        _assets = PublishAssets(_theme, _staging!.Path, _links, _diagnostics);
        return _assets is not null;
    }

    /// <summary>3. Every page planned (the page kinds), then rendered in parallel while the outputs are written beside them.</summary>
    public bool PagesAndOutputs(Action<int, int>? pagesWritten)
    {
        var (archive, address, links, staging) = (Archive!, _address!, _links!, _staging!.Path);
        // A dry run's folder is new each time: nothing of it is kept for the next.
        var memo = _options.DryRun ? null : _cache.PagesOf(_options.Output);
        _context = new PageContext(archive, address, Chrome(archive, address, _assets!, _options.Search, _kinds.Pages), memo?.LastContext);
        var callPaths = SitePaths.CallPathsByNote(archive);
        _notes = new NoteRenderer(archive, address, callPaths);
        var build = new PageBuild(_context, _notes, _diagnostics);
        _jobs = JobsOf(_kinds.Pages, build);
        var pages = _pages = PageRendering.Plan(_jobs, WriterFrom(_previous), links);
        KeepUnchangedAssets(pages, staging);
        // What the last build into this folder made each page from: a page made from the same is kept, not rendered.
        _lastBuild = _previous is not null ? LastManifest() : null;
        if (_lastBuild is not null && _lastBuild.Common != _common) _lastBuild = null;
        var reference = _manifestFile is null ? null : _lastBuild ?? new SiteManifest(_common, new Dictionary<string, SiteManifest.Page>());
        var (context, jobs) = (_context, _jobs);
        var known = memo?.Start(new PageMemo.SiteReads(callPaths, NoteInputs.HashOf(archive.ReferenceDefaults)), _context);
        var extras = Task.Run(() => OutputWriting.Write(_kinds.Outputs, context, jobs, pages, reference, memo, known));
        var made = _made = PageRendering.Render(_jobs, _templates!, links, pages, extras, pagesWritten, reference, known);
        _clock.Stage(made.Kept.IsEmpty ? $"rendered {_jobs.Count} pages" : $"rendered {_jobs.Count - made.Kept.Count} pages, kept {made.Kept.Count} unchanged");

        var extraFiles = extras.GetAwaiter().GetResult();
        foreach (var extra in extraFiles) links.Wrote(extra.Path);
        Parallel.ForEach(extraFiles, extra => made.Pages[extra.Path] = extra.Kept ?? new SiteManifest.Page(extra.Fingerprint, pages.KeepIfUnchanged(SitePaths.FileFor(extra.Path))));
        // A kept page's links were checked when it was made, against a site that had every file it links to;
        // only when some file is gone since could one of them now lead nowhere.
        // (The search index is not made yet: it is written again after the pages.)
        if (_lastBuild is not null && _lastBuild.Pages.Keys.Any(path => !made.Pages.ContainsKey(path) && !SearchBundle.Holds(path)))
            foreach (var path in made.Kept) links.Scan(path, File.ReadAllText(Path.Combine(staging, SitePaths.FileFor(path))));
        foreach (var problem in _cacheProblems) _diagnostics.Add(Diagnostic.Warning(ArchiveLoader.CacheDiagnosticFile, 0, problem));
        if (!address.IsAbsolute)
            _diagnostics.Add(Diagnostic.Warning(SiteSettingsLoader.FileName, 0,
                $"base_url '{_options.BaseUrl ?? archive.Settings.BaseUrl}' is not an absolute URL; the feed, sitemap and canonical links are site-relative and the feed's entries get urn:uuid ids (set base_url: https://... or pass --base-url)"));
        var keptExtras = extraFiles.Count(extra => extra.Kept is not null);
        var outputNames = string.Join(", ", _kinds.Outputs.Select(k => k.Name));
        _clock.Stage(keptExtras == 0 ? $"wrote {outputNames}" : $"wrote {outputNames}, kept {keptExtras} unchanged");
        return true;
    }

    /// <summary>
    /// The site this build replaces, if there is one (the guard has checked it is archive-site's own output); else,
    /// for a build into a new folder (CI on a fresh machine), the copy of the last one the cache kept. Null for a dry
    /// run or a first build. The copy is made by a build into a new folder and from then on kept up to date by every
    /// build into that folder (a copy behind the manifest beside it would cost the next new folder the pages between):
    /// once there, only the files that changed are linked into it.
    /// </summary>
    private string? PreviousSite()
    {
        _manifestFile = _options.DryRun ? null : _cache.SiteManifestOf(_options.Output);
        var outputIsNew = !_options.DryRun && !Directory.Exists(_options.Output);
        var copy = _options.DryRun ? null : _cache.SiteCopyOf(_options.Output);
        var copyExists = copy is not null && Directory.Exists(copy);
        _siteCopy = outputIsNew || copyExists ? copy : null;
        _copyIsCurrent = copyExists;
        return _options.DryRun ? null
            : !outputIsNew ? Path.GetFullPath(_options.Output)
            : copyExists ? copy : null;
    }

    /// <summary>What the last build into this output made its files from, read once (its problems reported with the pages); null when there is none.</summary>
    private SiteManifest? LastManifest()
    {
        if (!_lastManifestRead && _manifestFile is not null) _lastManifest = SiteManifest.Read(_manifestFile, _cacheProblems);
        _lastManifestRead = true;
        return _lastManifest;
    }

    /// <summary>
    /// The theme's assets, the favicon and the marker were written before the old site was at hand: each keeps the
    /// old file (and its time, for uploaders that go by it) when its bytes are the same.
    /// </summary>
    private void KeepUnchangedAssets(PageWriter pages, string staging)
    {
        foreach (var file in _assets!.Values.Select(SitePaths.FileFor).Append("favicon.ico").Append(OutputGuard.MarkerFile))
            if (File.Exists(Path.Combine(staging, file))) pages.KeepIfUnchanged(file);
    }

    /// <summary>4. Every internal link checked.</summary>
    public bool Links()
    {
        _diagnostics.AddRange(_links!.Check());
        _clock.Stage("checked internal links");
        return !_diagnostics.HasAny(Severity.Error);
    }

    /// <summary>
    /// 5. The search index (not for a dry run, nor with --no-search, nor for a site kept whole with its index), its
    /// files then listed with the pages' for the next build.
    /// </summary>
    public bool Search()
    {
        if (_options.DryRun || !_options.Search || _keptIndex) return true;
        // The index is written anew: a recycled folder's own would be written into, and it is the live site's.
        var bundle = Path.Combine(_staging!.Path, PagefindIndexer.BundleFolder);
        if (Directory.Exists(bundle)) Directory.Delete(bundle, recursive: true);
        var search = PagefindIndexer.Index(_staging!.Path, PageKinds.SearchGlob(_kinds.Pages), _options.Pagefind);
        if (search.Error is not null)
        {
            _diagnostics.Add(search.Error);
            return false;
        }
        foreach (var (path, file) in SearchBundle.Entries(_staging.Path)) _made!.Pages[path] = file;
        _clock.Stage($"indexed {search.IndexedPages} pages for search");
        return true;
    }

    /// <summary>
    /// Every kind's pages, in the kinds' order. Each kind lays its pages out apart from the others (the people's pages
    /// read every call's roster once to do so), so the kinds are laid out on every core: one after another, they were a
    /// tenth of <c>serve</c>'s rebuild at ×30 with the other core idle.
    /// </summary>
    private static List<RenderJob> JobsOf(IReadOnlyList<PageKind> kinds, PageBuild build)
    {
        var perKind = new List<RenderJob>[kinds.Count];
        Workers.For(kinds.Count, i => perKind[i] = kinds[i].Pages(build).ToList());
        return perKind.SelectMany(jobs => jobs).ToList();
    }

    /// <summary>6. The new site swapped in whole (not for a dry run); then what its pages were made from is remembered for the next build.</summary>
    public bool Swap()
    {
        if (_options.DryRun) return true;
        var made = _made!;
        if (_manifestFile is not null)
        {
            SiteManifest.Forget(_manifestFile);
            // One stat per file of the site (×30: 8,773), each with the whole path to walk: on every core.
            var pages = _pages!;
            Parallel.ForEach(made.Pages.Keys.ToList(), path => made.Pages[path] = made.Pages[path] with { Written = pages.WrittenTicks(SitePaths.FileFor(path)) });
        }
        if (Recycled is { } recycled) _staging!.Sweep(recycled, MadeFiles(made));
        _staging!.Commit();
        if (_manifestFile is not null)
        {
            var problems = new List<string>();
            new SiteManifest(_common, made.Pages, _kept?.Inputs ?? LastSite.Key(_loaded!.Inputs, _common, _theme, _options), Report())
                .Write(_manifestFile, problems);
            if (_siteCopy is not null && SiteCopy.Keep(Path.GetFullPath(_options.Output), ChangedSince(_copyIsCurrent ? _lastBuild : null, made).Select(SitePaths.FileFor).ToList(),
                    _lastBuild?.Pages.Keys.Where(path => !made.Pages.ContainsKey(path)).Select(SitePaths.FileFor) ?? [], _siteCopy) is { } problem)
                problems.Add(problem);
            _diagnostics.AddRange(problems.Select(p => Diagnostic.Warning(ArchiveLoader.CacheDiagnosticFile, 0, p)));
        }
        _clock.Stage("replaced the site");
        return true;
    }

    /// <summary>Every file of the new site, relative: its pages and outputs (the manifest's), the search index, the assets, the favicon, the marker.</summary>
    private HashSet<string> MadeFiles(PageRendering.MadePages made)
    {
        var files = made.Pages.Keys.Concat(_assets!.Values).Select(SitePaths.FileFor).ToHashSet(StringComparer.Ordinal);
        files.Add("favicon.ico");
        files.Add(OutputGuard.MarkerFile);
        return files;
    }

    /// <summary>The files this build made that the last one did not leave as they are (every file when there was no last build).</summary>
    private static IEnumerable<string> ChangedSince(SiteManifest? last, PageRendering.MadePages made) =>
        made.Pages.Where(page => last is null || !last.Pages.TryGetValue(page.Key, out var old) || old.Length != page.Value.Length || old.Written != page.Value.Written)
            .Select(page => page.Key);

    /// <summary>What the build did: everything reported, and for a published build what serve needs to redraw pages.</summary>
    public BuildResult Result(bool succeeded)
    {
        var report = Report();
        return new(_diagnostics.Sorted(), succeeded, report.Notes, report.Calls, report.Pages, _clock.Stages,
            succeeded && !_options.DryRun && _context is not null ? new SiteSnapshot(_options.Content, _options.Output, _context, _notes!, _templates!) : null,
            Archive, report.People, report.References);
    }

    /// <summary>What this build reports, but for the cache's own findings (the next build's cache is another): given again by a build that keeps the site whole.</summary>
    private BuildReport Report() => _kept?.Report
        ?? new BuildReport([.. _diagnostics.Sorted().Where(d => d.File != ArchiveLoader.CacheDiagnosticFile)],
            _loaded?.NoteCount ?? 0, Archive?.Meetings.Count ?? 0, _jobs.Count, Archive?.People.Count ?? 0, Archive?.References.Count ?? 0);

    public void Dispose()
    {
        // The pruning must be done before its folder is removed; a failure of it has been reported, or the build stopped before it mattered.
        try
        {
            _pruning?.Wait();
        }
        catch (AggregateException)
        {
        }
        _staging?.Dispose();
    }

    /// <summary>The theme's assets, fingerprinted, by name; null (with errors) when one the layout links to is missing.</summary>
    private static IReadOnlyDictionary<string, string>? PublishAssets(Theme theme, string staging, LinkChecker links, DiagnosticBag diagnostics)
    {
        var assets = AssetPublisher.Publish(theme.AssetsFolder, staging);
        foreach (var asset in assets.Values) links.Wrote(asset);
        // Browsers and feed readers ask for /favicon.ico whatever the pages link.
        if (assets.TryGetValue("favicon.ico", out var icon))
        {
            var favicon = Path.Combine(staging, "favicon.ico");
            File.Delete(favicon); // replaced, never written into (RecycledFolder)
            File.Copy(Path.Combine(staging, icon.TrimStart('/')), favicon);
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

    /// <summary>The theme's assets the layout links to: a theme without them fails before any page is written.</summary>
    private static readonly string[] RequiredAssets = ["site.css", "site.js", "search.js"];
}
