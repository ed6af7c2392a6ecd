using ArchiveSite.Model;

namespace ArchiveSite.Checking;

/// <summary>
/// <c>check --list speakers|decisions|actions</c>: every statement, decision or action item the archive read, one
/// a line as <c>file:line: …</c>, in file and line order, for reading them against the notes.
/// </summary>
public static class MinutesListing
{
    public static readonly IReadOnlyList<string> Kinds = ["speakers", "decisions", "actions"];

    public static IEnumerable<string> Lines(Archive archive, string kind)
    {
        var lines = kind switch
        {
            "speakers" => archive.Meetings.SelectMany(m => m.Statements.Select(s => (s.Source, $"{s.Person}: {s.Text}"))),
            "decisions" => archive.Meetings.SelectMany(m => m.Decisions.Select(d => (d.Source, d.Text))),
            "actions" => archive.Meetings.SelectMany(m => m.Actions.Select(a => (a.Source,
                $"{(a.Done ? $"[done: {a.DoneBy}]" : "[open]")} {(a.Owners.Count == 0 ? "" : $"({string.Join(", ", a.Owners)}) ")}{a.Text}"))),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"one of {string.Join(", ", Kinds)}"),
        };
        return lines.OrderBy(l => l.Source.File, StringComparer.Ordinal).ThenBy(l => l.Source.Line).Select(l => $"{l.Source.File}:{l.Source.Line}: {l.Item2}");
    }
}
