using ArchiveSite.Tests.Support;
using Mono.Unix.Native;

namespace ArchiveSite.Tests.Safety;

/// <summary>
/// A pull request can add symbolic links (git stores them), and a build machine has FIFOs and devices:
/// notes and settings are read only as regular files inside the content folder, and everything else is an
/// error naming its path, in <c>check</c> and <c>build</c> alike.
/// </summary>
public sealed class ContentFolderSafetyTests
{
    private const string Note = SampleNote.OneCall;

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void ASymlinkedNoteIsAnErrorAndWhatItPointsAtIsNeverPublished()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-01-10.md", Note);
        var secret = temp.Write("secret.txt", "# 2024-03-05\n\nAUTHORIZATION: basic c2VjcmV0LXRva2Vu\n");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "content", "2024-03-05.md"), secret);
        var content = Path.Combine(temp.Path, "content");

        var check = CliRunner.Run("check", "--content", content);
        var build = CliRunner.Run("build", "--content", content, "--out", Path.Combine(temp.Path, "site"), "--no-search");

        foreach (var run in new[] { check, build })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("2024-03-05.md: error: is a symbolic link", run.StdErr);
            Assert.Contains("symlinks: inside", run.StdErr);
            Assert.DoesNotContain("c2VjcmV0LXRva2Vu", run.StdOut + run.StdErr);
        }
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "site")));
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void SymlinkedFoldersAreErrorsAndLinkLoopsEndInsteadOfRunningForever()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-01-10.md", Note);
        temp.Write("elsewhere/2024-02-07.md", Note.Replace("2024-01-10", "2024-02-07"));
        var content = Path.Combine(temp.Path, "content");
        Directory.CreateSymbolicLink(Path.Combine(content, "outside"), Path.Combine(temp.Path, "elsewhere"));
        Directory.CreateSymbolicLink(Path.Combine(content, "a"), ".");
        Directory.CreateSymbolicLink(Path.Combine(content, "b"), ".");

        var check = CliRunner.Run("check", "--content", content);

        Assert.Equal(1, check.ExitCode);
        foreach (var link in new[] { "outside", "a", "b" })
            Assert.Contains($"\n{link}: error: is a symbolic link", "\n" + check.StdErr);
        Assert.Contains("checked 1 notes, 1 calls", check.StdErr);
    }

    [Fact]
    public void SymlinksInsideOptsInToLinksThatStayInTheContentFolderOnly()
    {
        using var temp = new TempFolder();
        temp.Write("content/archive.yml", "symlinks: inside\n");
        temp.Write("content/notes/2024-01-10.md", Note);
        temp.Write("secret.md", "# 2024-03-05\n\nsecret words\n");
        var content = Path.Combine(temp.Path, "content");
        Directory.CreateSymbolicLink(Path.Combine(content, "latest"), "notes");
        File.CreateSymbolicLink(Path.Combine(content, "2024-03-05.md"), Path.Combine(temp.Path, "secret.md"));

        var loaded = ArchiveLoader.Load(content);

        var error = Assert.Single(loaded.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal("2024-03-05.md: error: is a symbolic link that leads outside the content folder; only links that stay inside it are followed (`symlinks: inside`)", error.ToString());
        // notes/ and the link latest/ are one folder: it is read once, under its own name.
        var call = Assert.Single(loaded.Archive.Meetings);
        Assert.Equal(["notes/2024-01-10.md"], call.Sources.Select(s => s.File));
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void AFifoOrDeviceNamedLikeANoteIsRefusedWithoutBlockingTheBuild()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-01-10.md", Note);
        var content = Path.Combine(temp.Path, "content");
        Assert.Equal(0, Syscall.mkfifo(Path.Combine(content, "2024-02-07.md"), FilePermissions.S_IRUSR | FilePermissions.S_IWUSR));

        var check = CliRunner.Run("check", "--content", content);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("2024-02-07.md: error: is not a regular file (a pipe, socket or device)", check.StdErr);
    }

    [Fact]
    public void ANoteOverTheSizeLimitIsAnErrorThatSaysHowToRaiseIt()
    {
        using var temp = new TempFolder();
        var content = Path.Combine(temp.Path, "content");
        // One long paragraph: over the limit in bytes, yet quick to parse once allowed (a list of 60,000 items takes seconds).
        var big = Note + string.Concat(Enumerable.Repeat("a line of the minutes, written again and again\n", 60_000));
        temp.Write("content/2024-01-10.md", big);

        var refused = ArchiveLoader.Load(content);
        var error = Assert.Single(refused.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal("2024-01-10.md: error: is 2.7 MB, over the limit of 2 MB; split the note, or raise max_note_size in archive.yml", error.ToString());
        Assert.Empty(refused.Archive.Meetings);

        temp.Write("content/archive.yml", "max_note_size: 4 MB\n");
        var allowed = ArchiveLoader.Load(content);
        Assert.False(allowed.HasErrors);
        Assert.Single(allowed.Archive.Meetings);
    }
}
