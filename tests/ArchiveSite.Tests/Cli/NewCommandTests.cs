using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Cli;

/// <summary><c>archive-site new</c>: next call's note, dated and with its MC, never over an existing note.</summary>
public sealed class NewCommandTests
{
    private static void TwoWeeklyCalls(TempFolder temp)
    {
        temp.Write("notes/2099-01-07.md", "# Widget community call 2099-01-07\n\n## Attendees\n- Ada Lovelace ([@ada-l](https://github.com/ada-l))\n");
        temp.Write("notes/2099-01-14.md", """
            # Widget community call 2099-01-14

            ## Attendees
            - Ada Lovelace ([@ada-l](https://github.com/ada-l))
            - Grace Hopper ([@grace-h](https://github.com/grace-h))

            ## Closing
            - **MC Next Call**: Grace Hopper
            """);
    }

    [Fact]
    public void WritesTheNextRegularCallWithTheMcThePreviousCallNamed()
    {
        using var temp = new TempFolder();
        TwoWeeklyCalls(temp);
        temp.Write("notes/templates/community-call.md", "# {{series}} {{date}}\n\n## MC\n- {{mc}}\n\n## Attendees\n- \n");

        var result = CliRunner.Run("new", "--content", Path.Combine(temp.Path, "notes"));

        Assert.Equal(0, result.ExitCode);
        var path = Path.Combine(temp.Path, "notes", "2099-01-21.md");
        Assert.Equal(path + "\n", result.StdOut);
        Assert.Equal("# Community Call 2099-01-21\n\n## MC\n- Grace Hopper ([@grace-h](https://github.com/grace-h))\n\n## Attendees\n- \n", File.ReadAllText(path));
        // The new note is a note like any other: the archive reads it with its MC.
        Assert.Equal(0, CliRunner.Run("check", "--content", Path.Combine(temp.Path, "notes")).ExitCode);
    }

    [Fact]
    public void RefusesToOverwriteANote()
    {
        using var temp = new TempFolder();
        TwoWeeklyCalls(temp);
        var existing = temp.Write("notes/2099-01-21.md", "# Already written\n");

        var result = CliRunner.Run("new", "--content", Path.Combine(temp.Path, "notes"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("2099-01-21.md: error: the note already exists", result.StdErr);
        Assert.Equal("# Already written\n", File.ReadAllText(existing));
    }

    [Fact]
    public void FillsTheFalcoTemplateOnItsEmptyMcBullet()
    {
        using var temp = new TempFolder();
        TwoWeeklyCalls(temp);
        File.Copy(Path.Combine(SharedCorpus.Directory, "falco", "meeting-note-template.md"), temp.Write("notes/templates/community-call.md", ""), overwrite: true);

        var result = CliRunner.Run("new", "--content", Path.Combine(temp.Path, "notes"), "--date", "2099-02-04");

        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(Path.Combine(temp.Path, "notes", "2099-02-04.md"));
        Assert.Contains("## 2099-02-04\n", text);
        Assert.Contains("### MC\n\n- Grace Hopper ([@grace-h](https://github.com/grace-h))\n", text);
        Assert.DoesNotContain("YYYY-MM-DD", text);
    }

    [Theory]
    [InlineData("2099-01-07,2099-01-14", "2099-01-01", "2099-01-21")]   // weekly, next one
    [InlineData("2099-01-07,2099-01-21", "2099-01-01", "2099-02-04")]   // fortnightly
    [InlineData("2020-01-01,2020-01-08", "2020-03-02", "2020-03-04")]   // weekly, first one from today
    public void NextRegularDateFollowsTheSeriesRhythm(string dates, string today, string expected)
    {
        var next = Authoring.NextNote.NextRegularDate(dates.Split(',').Select(DateOnly.Parse).ToList(), DateOnly.Parse(today));
        Assert.Equal(DateOnly.Parse(expected), next);
    }
}
