namespace ArchiveSite.Rendering.Views;

public sealed class SearchPage : PageModel
{
    /// <summary>Where Pagefind's bundle (<c>pagefind.js</c>) is.</summary>
    public required string BundleHref { get; init; }

    /// <summary>The theme's search UI script.</summary>
    public required string ScriptHref { get; init; }
}

public sealed class NotFoundPage : PageModel;
