namespace ArchiveSite.Model;

/// <summary>A link that belongs to the call rather than to its discussion: recording, Zoom, more information.</summary>
public sealed record MeetingLink(string Label, string Url);
