using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Cli;

/// <summary><c>archive-site new</c>: next call's note, dated and with its MC, never over an existing note.</summary>
public sealed class NewCommandTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    private static DateOnly Iso(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Day(int offset) => Today.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Weekly calls two weeks and one week ago: the next regular one is today.</summary>
    private static void TwoWeeklyCalls(TempFolder temp)
    {
        temp.Write($"notes/{Day(-14)}.md", $"# Community call {Day(-14)}\n\n## Attendees\n- Ada Lovelace ([@ada-l](https://github.com/ada-l))\n");
        temp.Write($"notes/{Day(-7)}.md", $"""
            # Community call {Day(-7)}

            ## Attendees
            - Ada Lovelace ([@ada-l](https://github.com/ada-l))
            - Grace Hopper ([@grace-h](https://github.com/grace-h))

            ## Closing
            - **MC Next Call**: Grace Hopper
            """);
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void WritesTheNextRegularCallWithTheMcThePreviousCallNamed()
    {
        using var temp = new TempFolder();
        TwoWeeklyCalls(temp);
        temp.Write("notes/templates/community-call.md", "# {{series}} {{date}}\n\n## MC\n- {{mc}}\n\n## Attendees\n- \n");

        var result = CliRunner.Run("new", "--content", Path.Combine(temp.Path, "notes"));

        Assert.Equal(0, result.ExitCode);
        var path = Path.Combine(temp.Path, "notes", $"{Day(0)}.md");
        Assert.Equal(path + "\n", result.StdOut);
        Assert.Equal($"# Community Call {Day(0)}\n\n## MC\n- Grace Hopper ([@grace-h](https://github.com/grace-h))\n\n## Attendees\n- \n", File.ReadAllText(path));
        // The new note is a note like any other: the archive reads it with its MC.
        Assert.Equal(0, CliRunner.Run("check", "--content", Path.Combine(temp.Path, "notes")).ExitCode);
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void RefusesToOverwriteANote()
    {
        using var temp = new TempFolder();
        TwoWeeklyCalls(temp);
        var existing = temp.Write($"notes/{Day(0)}.md", "# Already written\n");

        var result = CliRunner.Run("new", "--content", Path.Combine(temp.Path, "notes"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{Day(0)}.md: error: the note already exists", result.StdErr);
        Assert.Equal("# Already written\n", File.ReadAllText(existing));
    }

    [Fact]
    [Trait("Category", "Slow")] // ../shared, the CLI as a process
    public void FillsTheFalcoTemplateOnItsEmptyMcBullet()
    {
        using var temp = new TempFolder();
        TwoWeeklyCalls(temp);
        File.Copy(Path.Combine(SharedCorpus.Directory, "falco", "meeting-note-template.md"), temp.Write("notes/templates/community-call.md", ""), overwrite: true);

        var result = CliRunner.Run("new", "--content", Path.Combine(temp.Path, "notes"), "--date", Day(14));

        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(Path.Combine(temp.Path, "notes", $"{Day(14)}.md"));
        Assert.Contains($"## {Day(14)}\n", text);
        Assert.Contains("### MC\n\n- Grace Hopper ([@grace-h](https://github.com/grace-h))\n", text);
        Assert.DoesNotContain("YYYY-MM-DD", text);
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void RunTwiceSaysTheDraftExistsInsteadOfWritingAnother()
    {
        using var temp = new TempFolder();
        TwoWeeklyCalls(temp);
        var notes = Path.Combine(temp.Path, "notes");
        var draft = temp.Write($"notes/{Day(7)}.md", $"# Community call {Day(7)}\n\n## Agenda\n- \n");

        var result = CliRunner.Run("new", "--content", notes);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"the next 'community-call' call already has a note: {Day(7)}.md", result.StdErr);
        Assert.Equal([$"{Day(-14)}.md", $"{Day(-7)}.md", $"{Day(7)}.md"], Directory.GetFiles(notes, "*.md").Select(f => Path.GetFileName(f)).Order().ToArray());
        Assert.True(File.Exists(draft));
    }

    [Theory]
    [InlineData("2099-01-07,2099-01-14", "2099-01-01", "2099-01-21")]   // weekly, next one
    [InlineData("2099-01-07,2099-01-21", "2099-01-01", "2099-02-04")]   // fortnightly
    [InlineData("2020-01-01,2020-01-08", "2020-03-02", "2020-03-04")]   // weekly, first one from today
    public void NextRegularDateFollowsTheSeriesRhythm(string dates, string today, string expected)
    {
        var next = global::ArchiveSite.Authoring.NextNote.NextRegularDate(dates.Split(',').Select(Iso).ToList(), Iso(today));
        Assert.Equal(Iso(expected), next);
    }
}
