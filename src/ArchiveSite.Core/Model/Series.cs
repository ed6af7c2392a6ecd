using MemoryPack;

namespace ArchiveSite.Model;

/// <summary>A recurring kind of call (community call, office hours, ...), identified by its slug.</summary>
[MemoryPackable]
public sealed partial record Series(string Slug, string Name);
