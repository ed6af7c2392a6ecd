using MemoryPack;

namespace ArchiveSite.Model;

/// <summary>A link that belongs to the call rather than to its discussion: recording, Zoom, more information.</summary>
[MemoryPackable]
public sealed partial record MeetingLink(string Label, string Url);
