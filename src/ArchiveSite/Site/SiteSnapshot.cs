using ArchiveSite.Rendering;

namespace ArchiveSite.Site;

/// <summary>
/// What a successful build knows when it ends: the archive with its page context, the note renderer and
/// the compiled theme, and where the site was written. <c>serve</c> keeps it so that an edit to one note
/// can redraw that note's call pages in milliseconds (<see cref="NoteEdits"/>) while the full rebuild runs.
/// </summary>
public sealed record SiteSnapshot(string Content, string Output, PageContext Context, NoteRenderer Notes, TemplateRenderer Templates);
