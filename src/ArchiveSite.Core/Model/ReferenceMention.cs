using MemoryPack;

namespace ArchiveSite.Model;

/// <summary>One place a call mentioned a reference: the sentence or agenda item around it.</summary>
/// <param name="Bare">Written as <c>#N</c> with the repository taken from the surrounding item.</param>
[MemoryPackable]
public sealed partial record ReferenceMention(
    ReferenceKey Key, ReferenceKind Kind, bool Bare, string Snippet, string? AgendaItem, SourceLocation Source)
{
    /// <summary>
    /// What the note calls the PR or issue here, when it says: a link's own words
    /// (<c>[downgrade macOS x64 to Tier 2](…/pull/63055)</c>), else the line it stands on without it
    /// (<c>/examples moved to contrib falco#1191</c>). Null when the line says nothing more than the number.
    /// </summary>
    public WrittenTitle? Title { get; init; }
}

/// <param name="FromLinkText">The words of the link itself: the most specific a note gets.</param>
[MemoryPackable]
public sealed partial record WrittenTitle(string Text, bool FromLinkText);
