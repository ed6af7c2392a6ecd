namespace ArchiveSite.Model;

/// <summary>What a person said in a call: a line the notes open with their name, handle or initials.</summary>
/// <param name="Person">The person's key.</param>
public sealed record Statement(string Person, string Text, SourceLocation Source);

/// <summary>Something the call decided (<c>Decision: …</c>, <c>Agreed to …</c>, <c>the group agreed …</c>).</summary>
public sealed record Decision(string Text, SourceLocation Source);

/// <summary>Something someone will do.</summary>
/// <param name="Owners">Person keys of who will do it; empty when the notes name no one the archive knows.</param>
/// <param name="Done">Ticked in the notes, or found done since (see <c>DoneBy</c>).</param>
/// <param name="DoneBy">How it is known done: "ticked", the id of a later call that says so, or the PR/issue it names being closed or merged; null while open.</param>
public sealed record ActionItem(string Text, IReadOnlyList<string> Owners, SourceLocation Source, bool Done, string? DoneBy = null);
