namespace ArchiveSite.Model;

/// <summary>A top-level item of a call's notes, with the people who brought it (from <c>[leogr]</c> tags).</summary>
/// <param name="Title">The item's first line as plain text, presenter tags removed.</param>
/// <param name="Section">The heading the item sits under (Agenda, Highlights, ...).</param>
/// <param name="Presenters">Keys of the people the item's tags resolved to.</param>
/// <param name="UnknownPresenters">Tags as written that matched no one: kept (and reported) rather than dropped or invented as people.</param>
public sealed record AgendaItem(string Title, string? Section, IReadOnlyList<string> Presenters, IReadOnlyList<string> UnknownPresenters, SourceLocation Source);
