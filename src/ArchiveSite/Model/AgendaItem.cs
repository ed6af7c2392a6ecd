namespace ArchiveSite.Model;

/// <summary>A top-level item of a call's notes, with the people who brought it (from <c>[leogr]</c> tags).</summary>
/// <param name="Title">The item's first line as plain text, presenter tags removed.</param>
/// <param name="Section">The heading the item sits under (Agenda, Highlights, ...).</param>
public sealed record AgendaItem(string Title, string? Section, IReadOnlyList<string> Presenters, SourceLocation Source);
