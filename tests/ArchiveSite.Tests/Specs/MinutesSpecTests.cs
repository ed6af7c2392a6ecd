using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.Resolution;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Specs;

/// <summary>Runs every example of <c>Specs/Minutes/*.md</c>: statements, decisions and action items as an archive of the one note reads them.</summary>
public sealed class MinutesSpecTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Examples() => SpecExample.In(Path.Combine("Specs", "Minutes"));

    [Theory]
    [MemberData(nameof(Examples))]
    public void ReadsTheMinutesAsTheSpecSays(SpecExample example)
    {
        var (parsed, parseDiagnostics) = Notes.Parse(example.Note);
        var diagnostics = new DiagnosticBag();
        var archive = ArchiveResolver.Resolve(parsed, SiteSettings.Default, PeopleRegistry.Empty, diagnostics);

        var lines = new List<string>();
        foreach (var m in archive.Meetings)
        {
            lines.AddRange(m.Statements.Select(s => $"said {s.Person}: {s.Text}"));
            lines.AddRange(m.Decisions.Select(d => $"decided: {d.Text}"));
            lines.AddRange(m.Actions.Select(a =>
                $"action [{(a.Done ? $"done ({a.DoneBy})" : "open")}] {(a.Owners.Count == 0 ? "" : $"({string.Join(", ", a.Owners)}) ")}{a.Text}"));
        }
        lines.AddRange(parseDiagnostics.Concat(diagnostics.Sorted()).Where(d => d.Message.StartsWith("speaker", StringComparison.Ordinal)).Select(d => d.ToString()));
        var actual = string.Join('\n', lines);

        output.WriteLine($"--- note\n{example.Note}--- expected\n{example.Expected}\n--- actual\n{actual}");
        Assert.Equal(example.Expected, actual);
    }
}
