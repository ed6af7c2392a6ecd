using ArchiveSite.Rendering.Views;

namespace ArchiveSite.Site;

/// <summary>
/// One page to write: its site path, the template that renders it, and how to make its view model. The
/// model is made only when the page is rendered, so a 100,000-call build never holds every model at once.
/// </summary>
public sealed record RenderJob(string Path, string Template, Func<PageModel> Model);
