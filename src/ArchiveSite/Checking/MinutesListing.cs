using ArchiveSite.Model;

namespace ArchiveSite.Checking;

/// <summary>
/// <c>check --list speakers|decisions|actions</c>: every statement, decision or action item the archive read, one
/// a line as <c>file:line: (why) …</c>, in file and line order, for reading them against the notes: why says what
/// made the line an item (its label, the heading it is under, a decisions table, a tag, or a sentence).
/// </summary>
public static class MinutesListing
{
    public static readonly IReadOnlyList<string> Kinds = ["speakers", "decisions", "actions"];

    /// <summary>Why a line was read as the item: what the maintainer checks it against.</summary>
    public static string Why(MinutesCue cue) => cue switch
    {
        MinutesCue.Label => "label",
        MinutesCue.Heading => "under its heading",
        MinutesCue.Table => "decisions table",
        MinutesCue.Tag => "tag",
        _ => "sentence",
    };

    public static IEnumerable<string> Lines(Archive archive, string kind)
    {
        var lines = kind switch
        {
            "speakers" => archive.Meetings.SelectMany(m => m.Statements.Select(s => (s.Source, $"{s.Person}: {s.Text}"))),
            "decisions" => archive.Meetings.SelectMany(m => m.Decisions.Select(d => (d.Source, $"({Why(d.Cue)}) {d.Text}"))),
            "actions" => archive.Meetings.SelectMany(m => m.Actions.Select(a => (a.Source,
                $"({Why(a.Cue)}) {(a.Done ? $"[done: {a.DoneBy}]" : "[open]")} {(a.Owners.Count == 0 ? "" : $"({string.Join(", ", a.Owners)}) ")}{a.Text}"))),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"one of {string.Join(", ", Kinds)}"),
        };
        return lines.OrderBy(l => l.Source.File, StringComparer.Ordinal).ThenBy(l => l.Source.Line).Select(l => $"{l.Source.File}:{l.Source.Line}: {l.Item2}");
    }
}
