using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Cli;

/// <summary>
/// A mistyped --content is the commonest first error: every command that reads the notes says which folder it looked
/// for and how to name another, and exits 2 (bad arguments), before reading, fetching or serving anything.
/// </summary>
public sealed class MissingContentTests
{
    [Theory]
    [Trait("Category", "Slow")] // the CLI as a process
    [InlineData("build", "--no-search")]
    [InlineData("check")]
    [InlineData("check", "--list", "speakers")]
    [InlineData("export")]
    [InlineData("new", "--date", "2024-06-06")]
    [InlineData("refs", "sync")]
    [InlineData("serve", "--port", "0")]
    public void EveryCommandThatReadsTheNotesSaysTheFolderIsMissing(params string[] command)
    {
        using var temp = new TempFolder();
        var missing = Path.Combine(temp.Path, "no-such-notes");

        var result = CliRunner.RunIn(temp.Path, [.. command, "--content", missing]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{missing}: error: content folder does not exist; pass --content DIR", result.StdErr);
        Assert.Equal([], Directory.GetFileSystemEntries(temp.Path));
    }
}
