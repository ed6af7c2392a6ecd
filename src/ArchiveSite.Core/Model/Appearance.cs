namespace ArchiveSite.Model;

/// <summary>One person in one call in one role; for presenters, the agenda item they brought.</summary>
/// <param name="Detail">What the roster line said besides who: a role or an organisation ("voting member", "Google").</param>
public sealed record Appearance(string MeetingId, DateOnly Date, PersonRole Role, string? AgendaItem, string? Detail = null);
