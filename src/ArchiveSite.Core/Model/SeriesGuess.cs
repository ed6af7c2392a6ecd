namespace ArchiveSite.Model;

/// <summary>A series inferred for a note, what it was inferred from, and the archive.yml rule that would say the same.</summary>
/// <param name="From">In words, for <c>check</c> and <c>init</c>: "folder triage-meeting/", "titles like …".</param>
/// <param name="PathGlob">A <c>path:</c> rule taking the same notes, when the series came from the path.</param>
/// <param name="TitlePattern">A <c>title:</c> rule taking the same notes, when the series came from the title.</param>
public sealed record SeriesGuess(Series Series, string From, string? PathGlob, string? TitlePattern);
