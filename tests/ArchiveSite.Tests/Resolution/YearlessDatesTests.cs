using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.Parsing;
using ArchiveSite.Resolution;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Resolution;

/// <summary>
/// A note that writes only its month and day ("Thursday, November 7") takes its year from the dated notes beside it
/// in its folder, numbered by value (call_9 before call_10), on the weekday it names; when more than one year or no
/// year fits, it is reported undated rather than guessed.
/// </summary>
public sealed class YearlessDatesTests
{
    private static (Model.Archive Archive, IReadOnlyList<Diagnostic> Diagnostics) Resolve(params (string File, string Note)[] notes)
    {
        var parsed = new List<ParsedMeeting>();
        var diagnostics = new DiagnosticBag();
        foreach (var (file, note) in notes)
        {
            var (meetings, found) = Notes.Parse(note, file);
            parsed.AddRange(meetings);
            diagnostics.AddRange(found);
        }
        return (ArchiveResolver.Resolve(parsed, SiteSettings.Default, PeopleRegistry.Empty, diagnostics), diagnostics.Sorted());
    }

    private static string Call(int number, string dateLine) => $"# Consensus Layer Call {number}\n\n### Meeting Date/Time: {dateLine}\n\n- Client updates\n";

    [Fact]
    public void TheYearIsTheOneBetweenItsNeighboursOnItsWeekday()
    {
        var (archive, diagnostics) = Resolve(
            ("cl/call_9.md", Call(9, "Thursday 2019/10/24 at 14:00 UTC")),
            ("cl/call_10.md", Call(10, "Thursday, November 7 at 1400 UTC")),
            ("cl/call_11.md", Call(11, "Thursday 2019/11/21 at 14:00 UTC")));

        var call = Assert.Single(archive.Meetings, m => m.Source.File == "cl/call_10.md");
        Assert.Equal(new DateOnly(2019, 11, 7), call.Date);
        var warning = Assert.Single(diagnostics, d => d.File == "cl/call_10.md" && d.Severity == Severity.Warning);
        Assert.Contains("'Thursday, November 7' gives no year", warning.Message, StringComparison.Ordinal);
        Assert.Contains("call_9.md (2019-10-24) and call_11.md (2019-11-21)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWeekdayNoYearBetweenTheNeighboursHasIsReportedNotGuessed()
    {
        // 7 November was a Thursday in 2019, not a Friday: no year between the neighbours fits.
        var (archive, diagnostics) = Resolve(
            ("cl/call_9.md", Call(9, "Thursday 2019/10/24")),
            ("cl/call_10.md", Call(10, "Friday, November 7")),
            ("cl/call_11.md", Call(11, "Thursday 2019/11/21")));

        Assert.DoesNotContain(archive.Meetings, m => m.Source.File == "cl/call_10.md");
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("cl/call_10.md", 3), (error.File, error.Line));
        Assert.Contains("leave no year that fits", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAWeekdayANoteAtTheEndOfItsFolderIsNotGuessed()
    {
        // After the last dated note, 7 November could be this year's or next year's.
        var (archive, diagnostics) = Resolve(
            ("cl/call_9.md", Call(9, "Thursday 2019/10/24")),
            ("cl/call_10.md", Call(10, "November 7")));

        Assert.Single(archive.Meetings);
        Assert.Contains(diagnostics, d => d.Severity == Severity.Error && d.File == "cl/call_10.md");
    }

    [Fact]
    public void NumbersInNamesAreOrderedByValue()
    {
        Assert.True(Text.NaturalOrder.Instance.Compare("Meeting 15.md", "Meeting 145.md") < 0);
        Assert.True(Text.NaturalOrder.Instance.Compare("call_009.md", "call_10.md") < 0);
        Assert.True(Text.NaturalOrder.Instance.Compare("b.md", "a2.md") > 0);
    }
}
