using ArchiveSite.Parsing;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Specs;

/// <summary>Runs every example of <c>Specs/*.md</c>: the spec files document the note syntax the parser accepts.</summary>
public sealed class SpecTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Examples() => SpecExample.In("Specs");

    [Theory]
    [MemberData(nameof(Examples))]
    public void ParsesTheExampleAsTheSpecSays(SpecExample example)
    {
        var (parsed, diagnostics) = Notes.Parse(example.Note, FileNameFrom(example.Note));
        // Series are placed as an archive of this one note would place them (no rules, no other titles).
        var meetings = ArchiveSite.Resolution.SeriesAssignment.Assign(parsed, []).Calls;

        var actual = Summarize(meetings, diagnostics);

        output.WriteLine($"--- note\n{example.Note}--- expected\n{example.Expected}\n--- actual\n{actual}");
        Assert.Equal(example.Expected, actual);
    }

    // An example may name its file in a first line "<!-- file: 2019-08-01.md -->".
    private static string FileNameFrom(string note) =>
        note.StartsWith("<!-- file: ", StringComparison.Ordinal) ? note[11..note.IndexOf(" -->", StringComparison.Ordinal)] : "note.md";

    // An entry as written, with its abbreviation and [detail] when the line gives them.
    private static string Described(PersonEntry p) =>
        p.Written + (p.Abbreviation is { } a ? " " + a : "") + (p.Detail is { } d ? $" [{d}]" : "");

    private static string Summarize(IReadOnlyList<ParsedMeeting> meetings, IReadOnlyList<Diagnostics.Diagnostic> diagnostics)
    {
        // References written without their repository are placed as an archive of this one note would place them.
        var defaults = ArchiveSite.Model.ReferenceDefaults.Infer(meetings.SelectMany(m => m.References), ArchiveSite.Configuration.SiteSettings.Default);
        string Placed(Model.ReferenceMention r) =>
            (defaults.Complete(r.Key.Owner, r.Key.Repo, r.Key.Number)?.ToString() ?? $"#{r.Key.Number}(unplaced)") + (r.Bare ? "(bare)" : "");
        var lines = new List<string>();
        foreach (var m in meetings)
        {
            lines.Add($"{m.Date:yyyy-MM-dd} {m.Series.Slug} line {m.Line}{(m.Cancelled ? " cancelled" : "")}");
            if (m.Mcs.Count > 0) lines.Add("  mc: " + string.Join(" | ", m.Mcs.Select(p => p.Written)));
            if (m.Attendees.Count > 0) lines.Add("  attendees: " + string.Join(" | ", m.Attendees.Select(Described)));
            if (m.NextMc.Count > 0) lines.Add("  next mc: " + string.Join(" | ", m.NextMc.Select(p => p.Written)));
            foreach (var a in m.Agenda.Where(a => a.Presenters.Count > 0))
                lines.Add($"  presenters: {string.Join(", ", a.Presenters)} -> {a.Title}");
            if (m.References.Count > 0)
                lines.Add("  refs: " + string.Join(" ", m.References.Select(Placed).Distinct()));
        }
        lines.AddRange(diagnostics.Select(d => d.ToString()));
        return string.Join('\n', lines);
    }
}
