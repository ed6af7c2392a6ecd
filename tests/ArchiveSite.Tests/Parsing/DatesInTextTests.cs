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
}
