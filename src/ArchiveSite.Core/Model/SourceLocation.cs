using MemoryPack;

namespace ArchiveSite.Model;

/// <summary>Where something was written: a note (relative to the content folder) and a 1-based line.</summary>
[MemoryPackable]
public sealed partial record SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
