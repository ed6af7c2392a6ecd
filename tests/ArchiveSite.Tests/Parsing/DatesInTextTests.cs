using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Parsing;

/// <summary>
/// Dates written the way call series write them beside the title: a "Meeting Date/Time" line with the year first
/// and slashes, a front matter date with its time. A date that could be day/month or month/day is not guessed.
/// </summary>
public sealed class DatesInTextTests
{
    [Theory]
    [InlineData("### Meeting Date/Time: Thursday 2018/12/13 at 14:00 GMT", "2018-12-13")]
    [InlineData("### Meeting Date/Time: Thursday 2020/5/14 at 14:00 UTC", "2020-05-14")]
    public void AYearFirstDateWithSlashesUnderTheTitleDatesTheCall(string line, string expected)
    {
        var (meetings, diagnostics) = Notes.Parse($"# Implementers Call 39 Notes\n\n{line}\n### Moderator: Danny Ryan\n\n- Client updates\n", "call_039.md");

        Assert.DoesNotContain(diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(meetings).Date);
    }

    [Theory]
    [InlineData("## Time: 2/10/2017 14:00PM UTC")]           // February 10 or October 2
    [InlineData("### Meeting Date/Time: Thursday 2022/19/5")] // no 19th month
    [InlineData("See [the post](https://blog.example.org/2020/05/14/notes)")]
    public void ADateThatCouldBeReadTwoWaysOrIsPartOfAnAddressDatesNothing(string line)
    {
        var (meetings, diagnostics) = Notes.Parse($"# All Core Devs: Meeting 10\n\n{line}\n\n- Client updates\n", "meeting-10.md");

        Assert.Empty(meetings);
        Assert.Contains(diagnostics, d => d.Message.StartsWith("no date found for this call", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2020-01-24 14:00:00 UTC")]
    [InlineData("2020-01-24T14:00Z")]
    [InlineData("2020-01-24 14:00 +01:00")]
    public void AFrontMatterDateWithATimeOfDayIsThatDay(string value)
    {
        var (meetings, diagnostics) = Notes.Parse($"---\ndate: {value}\n---\n# All Core Devs: Meeting 79\n\n- Client updates\n", "meeting-79.md");

        Assert.Empty(diagnostics);
        Assert.Equal(new DateOnly(2020, 1, 24), Assert.Single(meetings).Date);
    }

    [Fact]
    public void TheNextCallsDateIsNeverThisCallsDate()
    {
        // Its own date is in a bold line of the opening; a heading at the end gives the next call's.
        var (meetings, _) = Notes.Parse("# All Core Devs Meeting 129\n\n**Meeting Date/Time: January 7, 2022, 14:00 UTC**\n\n## Agenda\n- Client updates\n\n### Next meeting Thursday 2022/1/21 at 14:00 UTC\n", "meeting-129.md");

        Assert.Equal(new DateOnly(2022, 1, 7), Assert.Single(meetings).Date);
    }

    [Theory]
    [InlineData("# Date for Next Meeting: 20 March 2020 at 1400 UTC.")]
    [InlineData("## Next call: 2020-03-20")]
    public void ANoteThatDatesOnlyItsNextCallIsUndatedNotMisdated(string line)
    {
        var (meetings, diagnostics) = Notes.Parse($"# Core Devs Meeting 82 Notes\n## Meeting Date/Time: Friday 6 March at 14:00 UTC\n\n- Client updates\n\n{line}\n", "meeting-82.md");

        Assert.Empty(meetings);
        Assert.Contains(diagnostics, d => d.Message.StartsWith("no date found for this call", StringComparison.Ordinal));
    }
}
