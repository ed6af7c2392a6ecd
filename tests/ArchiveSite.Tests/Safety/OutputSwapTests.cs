using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Safety;

/// <summary>The output folder is replaced only whole, by one build at a time, and never through a link into the notes.</summary>
public sealed class OutputSwapTests
{
    private const string Note = SampleNote.OneCall;

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void ASecondBuildIntoTheSameOutputStopsAtOnceAndLeavesTheFirstOnesWork()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-01-10.md", Note);
        var output = Path.Combine(temp.Path, "site");
        // A build in progress holds the lock beside its output.
        using (new FileStream(Path.Combine(temp.Path, ".site.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var second = CliRunner.Run("build", "--content", Path.Combine(temp.Path, "content"), "--out", output, "--no-search");

            Assert.Equal(2, second.ExitCode);
            Assert.Contains($"another archive-site build is writing {output}", second.StdErr);
            Assert.False(Directory.Exists(output));
        }
        Assert.Equal(0, CliRunner.Run("build", "--content", Path.Combine(temp.Path, "content"), "--out", output, "--no-search").ExitCode);
    }

    [Fact]
    public void ABuildKilledBetweenTheTwoRenamesIsRecoveredByTheNext()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-01-10.md", Note);
        var content = Path.Combine(temp.Path, "content");
        var output = Path.Combine(temp.Path, "site");
        Assert.True(BuiltSite.Build(content, output).Result.Succeeded);
        var home = File.ReadAllText(Path.Combine(output, "index.html"));
        // What a kill after "site → .site.previous" and before ".site.building → site" leaves.
        Directory.Move(output, Path.Combine(temp.Path, ".site.previous"));

        temp.Write("content/undated.md", "# Notes without a date\n");
        var failed = BuiltSite.Build(content, output);

        Assert.False(failed.Result.Succeeded);
        Assert.Equal(home, File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(temp.Path, ".site.previous")));
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void AnOutputThatIsALinkToTheContentFolderIsRefused()
    {
        using var temp = new TempFolder();
        var note = temp.Write("content/2024-01-10.md", Note);
        var output = Path.Combine(temp.Path, "site");
        Directory.CreateSymbolicLink(output, Path.Combine(temp.Path, "content"));

        var build = CliRunner.Run("build", "--content", Path.Combine(temp.Path, "content"), "--out", output, "--no-search");

        Assert.Equal(2, build.ExitCode);
        Assert.Contains("is the content folder", build.StdErr);
        Assert.DoesNotContain("read 1 notes", build.StdErr + build.StdOut);
        Assert.Equal(Note, File.ReadAllText(note));
        Assert.Equal(["2024-01-10.md"], Directory.GetFileSystemEntries(Path.Combine(temp.Path, "content")).Select(f => Path.GetFileName(f)));
    }
}
