using MemoryPack;

namespace ArchiveSite.Model;

/// <summary>A sub-heading of a call's notes (MC, Who joined, Agenda, Closing, ...), for outlines and anchors.</summary>
[MemoryPackable]
public sealed partial record MeetingSection(string Title, int Level, SourceLocation Source);
