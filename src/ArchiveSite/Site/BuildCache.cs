using System.Collections.Concurrent;
using ArchiveSite.Caching;
using ArchiveSite.Rendering;

namespace ArchiveSite.Site;

/// <summary>
/// What a build keeps for the next one, in one folder (<c>--cache DIR</c>, else <see cref="CacheFolder.Default"/>):
/// <c>templates/</c> the theme's compiled templates, <c>notes/</c> each content folder's parsed notes, <c>sites/</c>
/// what each output folder's pages were made from, and a copy of them for a build into a new folder (CI). Every entry is keyed by what produced it (content hashes and
/// the tool's build), so the cache only ever saves work: deleting it loses nothing. A process that builds many
/// times (<c>serve</c>, tests) keeps one object and with it everything in memory too.
/// </summary>
/// <param name="folder">The cache folder; null keeps nothing between processes (<c>--no-cache</c>).</param>
/// <param name="templates">Compiled templates to share (tests share one per theme); null makes them here.</param>
/// <param name="buildsAgain">This object will build the same folders again (<c>serve</c>, tests): only then does it keep the last
/// build's calls and pages in memory (<see cref="Resolution.ResolutionMemo"/>, <see cref="PageMemo"/>), which a process's only
/// build would pay for and never use.</param>
public sealed class BuildCache(string? folder, TemplateCache? templates = null, bool buildsAgain = true)
{
    /// <summary>The user's cache (<c>$ARCHIVE_SITE_CACHE</c>, <c>$XDG_CACHE_HOME/archive-site</c>, <c>~/.cache/archive-site</c>).</summary>
    public static BuildCache Default() => new(CacheFolder.Default());

    /// <summary><c>--cache DIR</c> / <c>--no-cache</c>, else the default; <paramref name="buildsAgain"/> for a command that builds more than once (<c>serve</c>).</summary>
    public static BuildCache For(string? cacheDirectory, bool noCache, bool buildsAgain = false) =>
        noCache ? new BuildCache(null) : new BuildCache(cacheDirectory ?? CacheFolder.Default(), buildsAgain: buildsAgain);

    public string? Folder => folder;

    public TemplateCache Templates { get; } = templates ?? new TemplateCache(folder is null ? null : Path.Combine(folder, "templates"));

    private readonly ConcurrentDictionary<string, ParsedNoteCache> _notes = new(StringComparer.Ordinal);

    /// <summary>The parsed notes of one content folder; null without a cache folder (every note is parsed).</summary>
    private ParsedNoteCache? NotesOf(string contentFolder, ICollection<string> warnings) =>
        folder is null ? null : _notes.GetOrAdd(Path.GetFullPath(contentFolder),
            full => ParsedNoteCache.Open(Path.Combine(folder, "notes", CacheStore.NameFor(full)), warnings));

    private readonly ConcurrentDictionary<string, Resolution.ResolutionMemo> _calls = new(StringComparer.Ordinal);

    /// <summary>
    /// The calls this object's last build of a content folder resolved (<see cref="Resolution.ResolutionMemo"/>, in memory
    /// only); null without a cache folder, whose notes are parsed anew on every build and so never the same objects.
    /// </summary>
    private Resolution.ResolutionMemo? CallsOf(string contentFolder) =>
        folder is null || !buildsAgain ? null : _calls.GetOrAdd(Path.GetFullPath(contentFolder), _ => new Resolution.ResolutionMemo());

    /// <summary>
    /// A content folder's notes loaded with this cache's parsed notes (unchanged notes are not parsed again) and its
    /// last build's calls (unchanged calls are not resolved again), for
    /// the build and the commands that read the archive without building it (<c>export</c>, <c>check --list</c>,
    /// <c>refs sync</c>, <c>new</c>); what went wrong with the cache is among the diagnostics, as a warning: the notes were
    /// then parsed.
    /// </summary>
    public ArchiveLoader.Result Load(Configuration.SiteConfiguration configuration)
    {
        var problems = new List<string>();
        var loaded = ArchiveLoader.Load(configuration, NotesOf(configuration.Folder.Root, problems), CallsOf(configuration.Folder.Root));
        return problems.Count == 0 ? loaded : loaded with
        {
            Diagnostics = [.. loaded.Diagnostics, .. problems.Select(p => Diagnostics.Diagnostic.Warning(ArchiveLoader.CacheDiagnosticFile, 0, p))],
        };
    }

    private readonly ConcurrentDictionary<string, PageMemo> _pages = new(StringComparer.Ordinal);

    /// <summary>
    /// What this object's last build of an output folder made its pages from (<see cref="PageMemo"/>, in memory only);
    /// null without a cache folder (no manifest to compare fingerprints with).
    /// </summary>
    public PageMemo? PagesOf(string outputFolder) =>
        folder is null || !buildsAgain ? null : _pages.GetOrAdd(Path.GetFullPath(outputFolder), _ => new PageMemo());

    /// <summary>Where what the pages of one output folder were made from is kept; null without a cache folder.</summary>
    public string? SiteManifestOf(string outputFolder) =>
        folder is null ? null : Path.Combine(folder, "sites", CacheStore.NameFor(outputFolder));

    /// <summary>Where the pages of the last site built into a new <paramref name="outputFolder"/> are kept (<see cref="Output.SiteCopy"/>); null without a cache folder.</summary>
    public string? SiteCopyOf(string outputFolder) => SiteManifestOf(outputFolder) is { } manifest ? manifest + ".pages" : null;
}
