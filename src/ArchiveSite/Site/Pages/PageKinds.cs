using ArchiveSite.Diagnostics;
using ArchiveSite.Rendering;
using ArchiveSite.Urls;

namespace ArchiveSite.Site.Pages;

/// <summary>What a page builder is given: the archive with its links, the renderer of notes, where to report.</summary>
public sealed record PageBuild(PageContext Context, NoteRenderer Notes, DiagnosticBag Diagnostics);

/// <summary>
/// A kind of page: the theme templates its pages render with, the entries it adds to the site's navigation,
/// its pages, and the folders of them the search indexes. A new kind of page is a builder in this folder, a view
/// model in Rendering/Views, a template in the theme, and one line in <see cref="PageKinds.All"/>: the build, the
/// theme check, the navigation and the search all derive from that list.
/// </summary>
/// <param name="Searched">The top folders of its pages that search indexes (<c>calls</c>: every <c>/calls/…</c> page).</param>
public sealed record PageKind(
    string Name,
    IReadOnlyList<string> Templates,
    IReadOnlyList<(string Label, string Path)> Navigation,
    Func<PageBuild, IEnumerable<RenderJob>> Pages,
    IReadOnlyList<string>? Searched = null);

/// <summary>Every kind of page the site has, in the order they are rendered and appear in the navigation.</summary>
public static class PageKinds
{
    public static readonly IReadOnlyList<PageKind> All =
    [
        new("home, search and not-found", ["Home", "Search", "NotFound"], [], b => HomePages.All(b.Context)),
        new("call lists and series", ["Calls", "SeriesIndex"], [("Calls", SitePaths.Calls), ("Series", SitePaths.SeriesIndex)], b => CallListPages.All(b.Context), ["series"]),
        new("calls", ["Call"], [], b => CallPages.All(b.Context, b.Notes), ["calls"]),
        new("people", ["People", "Person", "Said"], [("People", SitePaths.People)], b => PeoplePages.All(b.Context), ["people"]),
        new("references", ["References", "Repository", "Reference"], [("References", SitePaths.References)], b => ReferencePages.All(b.Context), ["refs"]),
        new("decisions and actions", ["Decisions", "Actions"], [("Decisions", SitePaths.Decisions), ("Actions", SitePaths.Actions)], b => MinutesPages.All(b.Context)),
        new("activity", ["Stats"], [("Activity", SitePaths.Stats)], b => StatsPages.All(b.Context)),
    ];

    /// <summary>The templates a theme must have for these kinds.</summary>
    public static IEnumerable<string> Templates(IEnumerable<PageKind> kinds) => kinds.SelectMany(k => k.Templates);

    public static IEnumerable<(string Label, string Path)> Navigation(IEnumerable<PageKind> kinds) => kinds.SelectMany(k => k.Navigation);

    /// <summary>The pages search indexes, as a glob over the site folder: <c>{calls,people,refs,series}/**/*.html</c>.</summary>
    public static string SearchGlob(IEnumerable<PageKind> kinds) =>
        kinds.SelectMany(k => k.Searched ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() is var folders && folders.Count == 1
            ? $"{folders[0]}/**/*.html"
            : $"{{{string.Join(',', folders)}}}/**/*.html";
}
