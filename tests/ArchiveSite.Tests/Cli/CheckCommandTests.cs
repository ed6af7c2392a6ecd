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
        // Annotations, and for a kind found more than 5 times, one plain line counting the rest (RepeatedFindings).
        Assert.All(lines, l => Assert.Matches(@"^(::(warning|error) file=meeting-notes/[^,]+(,line=\d+)?(,col=\d+)?::.+|… and \d+ more like this .+)$", l));
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

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void AFindingRepeatedInManyNotesIsPrintedThreeTimesAndCountedOnce()
    {
        using var notes = new TempFolder();
        using var cache = new TempFolder();
        notes.Write("archive.yml", "base_url: https://example.org/\n");
        for (var day = 1; day <= 9; day++)
            notes.Write($"2024-01-0{day}.md", $"# Team call 2024-01-0{day}\n\nAttendees: Ada Lovelace\n\n- See [the readme](../README.md).\n");
        notes.Write("2024-01-10.md", "# Team call 2024-01-10\n\nAttendees: Ada Lovelace\n\n- See [the charter](../CHARTER.md).\n");

        var grouped = CliRunner.Run("check", "--content", notes.Path, "--cache", cache.Path);
        var annotated = CliRunner.Run("check", "--content", notes.Path, "--cache", cache.Path, "--format", "github");
        var verbose = CliRunner.Run("check", "--content", notes.Path, "--cache", cache.Path, "--verbose");

        const string Finding = ": warning: link '../README.md' points at no note of the archive";
        Assert.Equal(0, grouped.ExitCode);
        Assert.Equal(3, grouped.StdErr.Split('\n').Count(l => l.Contains(Finding, StringComparison.Ordinal)));
        Assert.Contains("\n… and 7 more like this (link '…' points at no note of the archive and leaves the content folder): 10 in 10 notes; --verbose prints every one\n", grouped.StdErr);
        Assert.Contains("\n0 error(s), 10 warning(s)\n", grouped.StdErr);
        Assert.Equal(3, annotated.StdOut.Split('\n').Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)));
        Assert.Contains("\n… and 7 more like this", annotated.StdOut);
        Assert.Equal(9, verbose.StdErr.Split('\n').Count(l => l.Contains(Finding, StringComparison.Ordinal)));
        Assert.Contains("2024-01-10.md:5: warning: link '../CHARTER.md'", verbose.StdErr);
        Assert.DoesNotContain("more like this", verbose.StdErr);
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
