using ArchiveSite.Parsing;

namespace ArchiveSite.Tests.Parsing;

/// <summary>Pages show a call's date beside its title, so the title drops the date the note's heading carries.</summary>
public sealed class CallTitleTests
{
    [Theory]
    [InlineData("Falco Office hours - Meeting 6th June 2019", "Falco Office hours")]
    [InlineData("Falco Office Hours - Meeting 4th Sept 2019", "Falco Office Hours")]
    [InlineData("Falco Community Call - Meeting 08th Jan 2020", "Falco Community Call")]
    [InlineData("2023-11-02 Example Core Maintainers (monthly)", "Example Core Maintainers (monthly)")]
    [InlineData("Community call 2024-03-06", "Community call")]
    [InlineData("Release planning, March 6, 2024", "Release planning")]
    [InlineData("Falco Community Call (bi-weekly)", "Falco Community Call (bi-weekly)")]
    [InlineData("Meeting notes 2024", "Meeting notes 2024")]
    [InlineData("Minutes of the TSC meeting held on 3 December 2024", "TSC")]
    [InlineData("Notes for Core Dev Meeting 2016-09-02", "Core Dev")]
    [InlineData("Agenda and minutes for the Steering Committee, 2024-05-01", "Steering Committee")]
    [InlineData("Execution Layer Meeting 188 [2024-05-23]", "Execution Layer Meeting 188")]
    [InlineData("Execution Layer Meeting 193[2024-06-20]#1104", "Execution Layer Meeting 193 #1104")]
    [InlineData("03/05/2024 TSC Meeting", "TSC")]
    [InlineData("TSC Meeting 05.03.2024", "TSC")]
    [InlineData("Minutes of the 42nd meeting of the Technical Committee, held on 5 March 2024", "Minutes of the 42nd meeting of the Technical Committee")]
    [InlineData("Docs WG: Meeting Notes 2024-04-03", "Docs WG")]
    [InlineData("Ethereum Core Devs Meeting 29 Notes", "Ethereum Core Devs Meeting 29")]
    [InlineData("Office hours for new contributors", "Office hours for new contributors")]
    [InlineData("Steering Committee - Minutes", "Steering Committee")]
    [InlineData("Sync on the 10th of March, 2024", "Sync")]
    [InlineData("Sync (2024 March 9)", "Sync")]
    [InlineData("5-Mar-2024 Steering Committee", "Steering Committee")]
    [InlineData("Release 1234 and 5", "Release 1234 and 5")]
    [InlineData("Project Sun 2024-03-05", "Project Sun")]
    [InlineData("Agenda for the March 5th video call of the Community Group", "Agenda for the video call of the Community Group")]
    [InlineData("Sync - May 8", "Sync")]
    [InlineData("Mayday drill 5", "Mayday drill 5")]
    [InlineData("Release planning for Mar 2.0", "Release planning for Mar 2.0")]
    [InlineData("TSC Meeting 2024-01-08 (Monday)", "TSC")]
    [InlineData("Steering Council [Tue.] 9 January 2024", "Steering Council")]
    [InlineData("Release (Monday)", "Release (Monday)")]
    public void DropsTheDate(string title, string expected) => Assert.Equal(expected, CallTitle.WithoutDate(title));

    [Theory]
    [InlineData("2020-05-13")]
    [InlineData("Meeting Date/Time: May 25, 2023")]
    // Words that only say "a meeting" name none: such a call is titled by its series.
    [InlineData("Notes for March 6, 2024")]
    [InlineData("Meeting Minutes - Tuesday 5th March 2024")]
    public void ATitleThatIsOnlyADateLeavesNothing(string title) => Assert.Null(CallTitle.WithoutDate(title));

    [Theory]
    [InlineData("# 05-Mar-2024 Steering Committee\n", "2024-03-05", "Steering Committee")]
    [InlineData("# 2024-03-05T16:00Z Steering Committee\n", "2024-03-05", "Steering Committee")]
    public void DatesWrittenWithTheirMonthsNameOrTimeAreReadAndLeaveTheTitle(string note, string date, string title)
    {
        var call = Support.Notes.Single(note, "sync.md");
        Assert.Equal((date, title), (call.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), call.Title));
    }

    [Theory]
    [InlineData("14:00 UTC", "")]
    [InlineData("at 14:00-15:30 GMT (10:00 ET)", "")]
    [InlineData("Thursday", "")]
    [InlineData("Day 2", "Day 2")]
    [InlineData("(cancelled)", "")]
    [InlineData("No community call!", "")]
    [InlineData("Breakout on EIP-4844", "Breakout on EIP-4844")]
    public void AHeadingsRestAfterTheDateIsASubtitleOnlyWhenItNamesSomething(string rest, string expected) => Assert.Equal(expected, CallTitle.Subtitle(rest));
}

/// <summary>Which heading names the call when the note opens with its particulars (date, duration, links, moderator).</summary>
public sealed class CallTitleHeadingTests
{
    [Fact]
    public void TheParticularsHeadingsAreNoTitleButTheNumberedCallAmongThemIs()
    {
        var call = Support.Notes.Single("""
            ### Meeting Date/Time: May 25, 2023
            ## Execution Layer Meeting 162 [2023-05-25]
            ### Meeting Duration:  90 mins

            ## Notes

            - Shanghai
            """, "Meeting 162.md");
        Assert.Equal("Execution Layer Meeting 162", call.Title);
    }

    [Fact]
    public void ASectionBelowTheParticularsIsNoTitle()
    {
        var call = Support.Notes.Single("""
            ### Meeting Date/Time: Thursday 2022/4/7 at 14:00 UTC
            ### Meeting Duration:  1 hour
            ### [GitHub Agenda](https://github.com/ethereum/pm/issues/510)
            ### Moderator:  Mikhail Kalinin

            ## Kiln office hours

            - client updates
            """, "call_085.md");
        Assert.DoesNotContain("Kiln", call.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("Date", call.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("14:00", call.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void ATimeAfterTheDateIsNoSubtitle()
    {
        var call = Support.Notes.Single("""
            # All core devs meeting 141 notes

            ### June 24, 2022, 14:00 UTC

            - Merge
            """, "Meeting 141.md");
        Assert.Equal("All core devs meeting 141", call.Title);
    }

    [Fact]
    public void ACallHeadingThatRepeatsTheNotesTitleAddsNoSubtitle()
    {
        var (calls, _) = Support.Notes.Parse("# Mar 12, 2024 | SIG Widgets weekly\n\n- Survey\n\n# Mar 5, 2024 | SIG Widgets weekly\n\n- Planning\n\n# Mar 19, 2024 Day 2\n\n- More\n");

        Assert.Equal(["SIG Widgets weekly", "SIG Widgets weekly", "SIG Widgets weekly: Day 2"], calls.Select(c => c.Title));
    }
}
