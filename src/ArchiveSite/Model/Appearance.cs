namespace ArchiveSite.Model;

/// <summary>One person in one call in one role; for presenters, the agenda item they brought.</summary>
public sealed record Appearance(string MeetingId, DateOnly Date, PersonRole Role, string? AgendaItem);
