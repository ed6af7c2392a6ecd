namespace ArchiveSite.Model;

/// <summary>One place a call mentioned a reference: the sentence or agenda item around it.</summary>
/// <param name="Bare">Written as <c>#N</c> with the repository taken from the surrounding item.</param>
public sealed record ReferenceMention(
    ReferenceKey Key, ReferenceKind Kind, bool Bare, string Snippet, string? AgendaItem, SourceLocation Source);
