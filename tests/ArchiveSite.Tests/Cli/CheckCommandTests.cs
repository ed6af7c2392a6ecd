using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Cli;

/// <summary>
/// <c>archive-site check</c> on a folder of bad notes: our own (Check/BadNotes), the seed note whose line 17
/// was misdecoded, and a note with a byte that is not UTF-8. The text report is compared with the reviewed
/// copy in Check/expected.txt (regenerate with ARCHIVE_SITE_UPDATE_GOLDEN=1).
/// </summary>
public sealed class CheckCommandTests
{
    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void ReportsEveryProblemOfEveryNoteAsReviewedAndExitsWith1()
    {
        using var notes = BadNotes();
        using var cache = new TempFolder();

        var result = CliRunner.Run("check", "--content", notes.Path, "--cache", cache.Path);

        Assert.Equal(1, result.ExitCode);
        var golden = Path.Combine(RepositoryRoot.Path, "tests", "ArchiveSite.Tests", "Check", "expected.txt");
        if (Environment.GetEnvironmentVariable("ARCHIVE_SITE_UPDATE_GOLDEN") == "1") File.WriteAllText(golden, result.StdErr);
        Assert.Equal(File.ReadAllText(golden), result.StdErr);
        Assert.Contains("2020-05-13.md:17: warning: repaired mis-decoded text", result.StdErr);
        Assert.Contains("\n2 error(s), 21 warning(s)\ninferred: series", result.StdErr);
        Assert.EndsWith("\nchecked 7 notes, 5 calls\n", result.StdErr);
        Assert.Empty(result.StdOut);
        // --cache: the compiled theme and the parsed notes are kept there, for the next check or build.
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(cache.Path, "templates"), "*.dll"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(cache.Path, "notes")));
    }

    private const int GitHubAnnotationsShown = 10;

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process, ../shared
    public void GitHubFormatAnnotatesEachLineOfThePullRequest()
    {
        using var temp = new TempFolder();
        var notes = Path.Combine(temp.Path, "meeting-notes");
        CopyBadNotes(notes);

        var result = CliRunner.RunIn(temp.Path, "check", "--content", "meeting-notes", "--format", "github");

        Assert.Equal(1, result.ExitCode);
        var lines = result.StdOut.TrimEnd('\n').Split('\n');
        Assert.All(lines, l => Assert.Matches(@"^::(warning|error) file=meeting-notes/[^,]+(,line=\d+)?(,col=\d+)?::.+$", l));
        // 21 warnings are more than GitHub shows for a step: they come one annotation per note, each with all its findings.
        var warnings = lines.Where(l => l.StartsWith("::warning", StringComparison.Ordinal)).ToList();
        Assert.InRange(warnings.Count, 2, GitHubAnnotationsShown);
        Assert.Equal(warnings.Count, warnings.Select(l => l.Split(',')[0]).Distinct().Count());
        Assert.Contains(warnings, l => l.StartsWith("::warning file=meeting-notes/2020-05-13.md,line=", StringComparison.Ordinal) && l.Contains("line 17: repaired mis-decoded text", StringComparison.Ordinal));
        Assert.Contains("::error file=meeting-notes/undated.md,line=1,col=1::no date found for this call", result.StdOut);
        Assert.Contains("::error file=meeting-notes/2024-05-01.md,line=4,col=7::invalid UTF-8 byte 0xFF", result.StdOut);
    }

    [Fact]
    [Trait("Category", "Slow")] // ../shared, the CLI as a process
    public void TheRealNotesHaveWarningsButNoErrors()
    {
        var result = CliRunner.Run("check", "--content", SharedCorpus.FalcoNotes);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 error(s)", result.StdErr);
        Assert.Contains("warning: the link text says @fntlnz but the link goes to github.com/leodido", result.StdErr);
    }

    private static TempFolder BadNotes()
    {
        var temp = new TempFolder();
        CopyBadNotes(temp.Path);
        return temp;
    }

    private static void CopyBadNotes(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Check", "BadNotes")))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        File.Copy(Path.Combine(SharedCorpus.Seed, "2020-05-13.md"), Path.Combine(folder, "2020-05-13.md"));
        File.WriteAllBytes(Path.Combine(folder, "2024-05-01.md"), [.. "# Widget call 2024-05-01\n\n## Attendees\n- Ada "u8, 0xFF, 0xFE, .. " Lovelace\n"u8]);
    }
}
