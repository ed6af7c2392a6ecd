namespace ArchiveSite.Model;

/// <summary>What a person said in a call: a line the notes open with their name, handle or initials.</summary>
/// <param name="Person">The person's key.</param>
public sealed record Statement(string Person, string Text, SourceLocation Source);

/// <summary>Something the call decided (<c>Decision: …</c>, <c>Agreed to …</c>, <c>the group agreed …</c>).</summary>
/// <param name="Cue">Why the line was read as a decision, for <c>check --list decisions</c>.</param>
public sealed record Decision(string Text, SourceLocation Source, MinutesCue Cue = MinutesCue.Label);

/// <summary>What made a line a decision or an action item: the reader keeps the reason beside the item, so a maintainer can audit it.</summary>
public enum MinutesCue
{
    /// <summary>A label before it: <c>Decision:</c>, <c>**ACTION 62.2:**</c>, <c>TODO:</c>.</summary>
    Label,

    /// <summary>An item under a heading or label of its kind (<c>## Decisions</c>, <c>**Action items:**</c>).</summary>
    Heading,

    /// <summary>A row of a decisions table.</summary>
    Table,

    /// <summary>A tag or box: <c>[DECIDED]</c>, <c>- [ ] …</c>.</summary>
    Tag,

    /// <summary>A sentence that says it: <c>the group agreed …</c>, <c>Ana to open an issue</c>.</summary>
    Sentence,
}

/// <summary>Something someone will do.</summary>
/// <param name="Owners">Person keys of who will do it; empty when the notes name no one the archive knows.</param>
/// <param name="Done">Ticked in the notes, or found done since (see <c>DoneBy</c>).</param>
/// <param name="DoneBy">How it is known done: "ticked", the id of a later call that says so, or the PR/issue it names being closed or merged; null while open.</param>
/// <param name="Cue">Why the line was read as an action item, for <c>check --list actions</c>.</param>
public sealed record ActionItem(string Text, IReadOnlyList<string> Owners, SourceLocation Source, bool Done, string? DoneBy = null, MinutesCue Cue = MinutesCue.Label);
