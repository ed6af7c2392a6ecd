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

    /// <summary>What search shows this page as (Call, Person, Pull request, Issue, Series), its "type" filter; null when the page is not indexed.</summary>
    public string? SearchKind { get; init; }

    /// <summary>Indexed for search: a page of a kind search shows, and the first of its pages (the others list more of the same).</summary>
    public bool Indexed => SearchKind is not null && Pager.Page == 1;

    /// <summary>The opening tag of the part of the page search indexes: marked <c>data-pagefind-body</c> only where the page is indexed.</summary>
    public string SearchBodyStart => Indexed ? "<div data-pagefind-body>" : "<div>";

    /// <summary>The Atom feed that follows this page's subject (a person, a PR, a series), and what to call it; null for other pages.</summary>
    public string? FeedHref { get; init; }
    public string? FeedTitle { get; init; }
}
