using ArchiveSite.Rendering.Views;

namespace ArchiveSite.Site;

/// <summary>
/// One page to write: its site path, the template that renders it, and how to make its view model. The
/// model is made only when the page is rendered, so a 100,000-call build never holds every model at once.
/// </summary>
/// <param name="Reads">For a page whose model is a function of one object of the archive and what it reads of the rest: both, for <see cref="PageMemo"/>; null for the others.</param>
public sealed record RenderJob(string Path, string Template, Func<PageModel> Model, PageReads? Reads = null);

/// <summary>
/// What a page's model is a function of: what it is the page of (a call, compared as the same object or an equal
/// record; a person's or a reference's key; a list page's path), and what it reads of the rest of the build (a record
/// such as <see cref="Pages.CallPageReads"/> or <see cref="Pages.PersonPageReads"/>), looked up only when needed and
/// compared by value.
/// </summary>
public sealed record PageReads(object Subject, Func<object> Reads);
