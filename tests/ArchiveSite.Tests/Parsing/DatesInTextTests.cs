using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Parsing;

/// <summary>
/// Dates written the way call series write them beside the title: a "Meeting Date/Time" line with the year first
/// and slashes, the year last in the US order, a front matter date with its time. A date that could be day/month or
/// month/day is read month first and said so, unless its weekday settles it.
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
    [InlineData("## 2024-03-10/11 Face-to-face", "2024-03-10")]
    [InlineData("## 2024-03-10 – 12 Face-to-face", "2024-03-10")]
    [InlineData("## March 10-12, 2024 Face-to-face", "2024-03-10")]
    [InlineData("## 10 to 12 March 2024 Face-to-face", "2024-03-10")]
    public void AMeetingOfSeveralDaysIsDatedByItsFirstAndItsTitleKeepsNoneOfThem(string heading, string expected)
    {
        var (meetings, diagnostics) = Notes.Parse($"# Notes\n\n{heading}\n\n- Planning\n\n## 2024-04-02 Sync\n\n- Budget\n", "notes.md");

        Assert.DoesNotContain(diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        var call = meetings[0];
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), call.Date);
        Assert.EndsWith(": Face-to-face", call.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(call.Title, char.IsAsciiDigit);
    }

    [Theory]
    [InlineData("### Meeting Date/Time: Thursday 2022/19/5 at 14:00 UTC", "2022-05-19")] // no 19th month: year/day/month
    [InlineData("## Time: 3/17/2017 14:00PM UTC", "2017-03-17")]                          // no 17th month: US order
    [InlineData("## Time: 17/3/2017 14:00 UTC", "2017-03-17")]                            // no 17th month: day first
    [InlineData("### Meeting Date/Time: Friday 6/16/17 at 14:00 UTC", "2017-06-16")]      // a two-digit year after a weekday
    [InlineData("### Meeting Date/Time: Friday 01/12/18 at 14:00 UTC", "2018-01-12")]     // Friday 12 January, not Monday 1 December
    [InlineData("### Meeting Date/Time: Friday 12/01/17 at 14:00 UTC", "2017-12-01")]     // Friday 1 December, not Thursday 12 January
    [InlineData("### Meeting Date/Time: 2022-Nov.-24- 14:00 UTC", "2022-11-24")]
    [InlineData("### Meeting Date/Time: Thu, Septemebr 17, 2018 14:00 GMT", "2018-09-17")] // one slip in a long month's name
    public void ADateWithItsYearLastOrItsPartsMisspeltDatesTheCall(string line, string expected)
    {
        var (meetings, diagnostics) = Notes.Parse($"# All Core Devs: Meeting 10\n\n{line}\n\n- Client updates\n", "meeting-10.md");

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(meetings).Date);
        Assert.DoesNotContain(diagnostics, d => d.Message.StartsWith("read '", StringComparison.Ordinal));
    }

    [Fact]
    public void ADayAndMonthThatCouldSwapAreReadMonthFirstAndSaidSo()
    {
        var (meetings, diagnostics) = Notes.Parse("# All Core Devs: Meeting 10\n## Time: 2/10/2017 14:00PM UTC\n\n- Client updates\n", "meeting-10.md");

        Assert.Equal(new DateOnly(2017, 2, 10), Assert.Single(meetings).Date);
        var warning = Assert.Single(diagnostics, d => d.Message.StartsWith("read '2/10/2017' as 2017-02-10", StringComparison.Ordinal));
        Assert.Equal(2, warning.Line);
    }

    [Theory]
    [InlineData("### Meeting Date/Time: Friday 08 Jan 2020, 14:00 UTC", "2021-01-08", true)] // 8 January 2020 was a Wednesday
    [InlineData("### Meeting Date/Time: Wednesday 08 Jan 2020, 14:00 UTC", "2020-01-08", false)] // the weekday agrees
    [InlineData("### Meeting Date/Time: Friday 08 Feb 2020, 14:00 UTC", "2020-02-08", false)] // not January: a slip of another kind, left as written
    public void AJanuaryDateWithLastYearsNumberIsReadInTheYearItsWeekdayGivesAndSaidSo(string line, string expected, bool corrected)
    {
        var (meetings, diagnostics) = Notes.Parse($"# All Core Devs Meeting 103\n{line}\n\n- Client updates\n", "Meeting 103.md");

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(meetings).Date);
        Assert.Equal(corrected, diagnostics.Any(d => d.Message.StartsWith($"read '08 Jan 2020' as {expected} (the weekday", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("See [the post](https://blog.example.org/2020/05/14/notes)")]
    [InlineData("Versions 1/2/20 and 3/4/21 were compared")] // no weekday or date label: fractions, not dates
    public void ANumberRunThatIsPartOfAnAddressOrNoDateDatesNothing(string line)
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
        var (meetings, diagnostics) = Notes.Parse($"# Core Devs Meeting 82 Notes\n## Meeting Date/Time: to be announced\n\n- Client updates\n\n{line}\n", "meeting-82.md");

        Assert.Empty(meetings);
        Assert.Contains(diagnostics, d => d.Message.StartsWith("no date found for this call", StringComparison.Ordinal));
    }
}
