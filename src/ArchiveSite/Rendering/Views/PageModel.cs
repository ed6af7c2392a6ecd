namespace ArchiveSite.Rendering.Views;

/// <summary>
/// The base of every page's view model: what the layout shows around the page's own content.
/// View models carry finished text and hrefs; templates only lay them out.
/// </summary>
public abstract class PageModel
{
    public required SiteChrome Site { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }

    /// <summary>Absolute when the site has an absolute base URL, otherwise site-relative.</summary>
    public required string CanonicalUrl { get; init; }

    /// <summary>The navigation entry this page belongs under, marked current in the header.</summary>
    public string? Section { get; init; }

    public IReadOnlyList<Link> Breadcrumbs { get; init; } = [];
    public Pager Pager { get; init; } = Pager.OnePage;

    /// <summary>Whether Pagefind should index the page (call pages only).</summary>
    public bool Searchable { get; init; }
}
