namespace ArchiveSite.Rendering.Views;

/// <summary>What every page's layout needs: the site's name, navigation, asset and feed addresses.</summary>
public sealed record SiteChrome(
    string SiteTitle,
    Link Home,
    IReadOnlyList<Link> Navigation,
    string SearchHref,
    bool SearchEnabled,
    string FeedHref,
    string StylesheetHref,
    string ScriptHref,
    string SearchScriptHref,
    string? SourceRepositoryUrl,
    string? IconHref = null);
