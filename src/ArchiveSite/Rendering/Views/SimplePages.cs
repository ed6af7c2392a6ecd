namespace ArchiveSite.Rendering.Views;

public sealed class SearchPage : PageModel
{
    public required string BundleHref { get; init; }
}

public sealed class NotFoundPage : PageModel;
