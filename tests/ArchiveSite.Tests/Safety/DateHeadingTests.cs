using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Safety;

/// <summary>In a note of many calls, every heading that looks like a date is read as one or reported: no call is folded into another silently.</summary>
public sealed class DateHeadingTests
{
    [Fact]
    public void MistypedDatesAreErrorsAndWrittenDatesAreRead()
    {
        var (meetings, diagnostics) = Notes.Parse("""
            # Widget calls

            ## 2021-05-12
            - first call

            ## 2021-0519
            - second call

            ## 2O21-05-26
            - third call

            ## June 2, 2021
            - fourth call

            ## 2021.06.09
            - fifth call

            ## 9th June 2021 (rescheduled)
            - sixth call
            """);

        Assert.Equal(["2021-05-12", "2021-06-02", "2021-06-09", "2021-06-09"], meetings.Select(m => m.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(
            ["note.md:6:4: error: heading '2021-0519' looks like a call's date but cannot be read as one, so its call would be merged into the call above; write the date as yyyy-mm-dd (2021-05-26) or 'May 26, 2021'",
             "note.md:9:4: error: heading '2O21-05-26' looks like a call's date but cannot be read as one, so its call would be merged into the call above; write the date as yyyy-mm-dd (2021-05-26) or 'May 26, 2021'"],
            diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Select(d => d.ToString()));
    }

    [Fact]
    public void SubHeadingsThatMentionADayAreNotCalls()
    {
        var (meetings, diagnostics) = Notes.Parse("""
            # Widget calls

            ## 2021-05-12
            ### May 19 release plan
            - ship it

            ## 2021-05-26
            - second call
            """);

        Assert.Equal(2, meetings.Count);
        Assert.Empty(diagnostics);
    }
}
