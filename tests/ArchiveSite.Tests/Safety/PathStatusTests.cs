using ArchiveSite.Files;
using ArchiveSite.Tests.Support;
using Mono.Unix.Native;

namespace ArchiveSite.Tests.Safety;

/// <summary>
/// What the tool asks of a path before it reads, keeps or removes it: the answer must be the path's own, never what a
/// link points to, and tell a pipe from a file, since every safety check of the notes folder and the output rests on it.
/// </summary>
public sealed class PathStatusTests
{
    [Fact]
    public void AFileIsAFileWithItsLengthAndLastWriteAsDotNetGivesThem()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.md", "twelve bytes");

        var status = PathStatus.Of(file);

        Assert.Equal(PathKind.File, status.Kind);
        Assert.Equal(12, status.Length);
        Assert.Equal(File.GetLastWriteTimeUtc(file).Ticks, status.WrittenTicks);
    }

    [Fact]
    public void ALinkIsALinkWhereverItPoints()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.md", "text");
        var toFile = Path.Combine(temp.Path, "to-file.md");
        var toFolder = Path.Combine(temp.Path, "to-folder");
        var dangling = Path.Combine(temp.Path, "dangling.md");
        File.CreateSymbolicLink(toFile, file);
        Directory.CreateSymbolicLink(toFolder, temp.Path);
        File.CreateSymbolicLink(dangling, Path.Combine(temp.Path, "nothing.md"));

        Assert.All(new[] { toFile, toFolder, dangling }, link => Assert.Equal(PathKind.Link, PathStatus.Of(link).Kind));
        Assert.False(PathStatus.Of(toFile).IsSameFileAs(PathStatus.Of(file)));
    }

    [Fact]
    public void APipeIsSpecialAndAFolderAFolderAndNothingMissing()
    {
        using var temp = new TempFolder();
        var pipe = Path.Combine(temp.Path, "2024-02-07.md");
        Assert.Equal(0, Syscall.mkfifo(pipe, FilePermissions.S_IRUSR | FilePermissions.S_IWUSR));

        Assert.Equal(PathKind.Special, PathStatus.Of(pipe).Kind);
        Assert.Equal(PathKind.Folder, PathStatus.Of(temp.Path).Kind);
        Assert.Equal(PathKind.Missing, PathStatus.Of(Path.Combine(temp.Path, "nothing.md")).Kind);
        Assert.Equal(PathKind.Missing, PathStatus.Of(Path.Combine(temp.Path, "nothing", "a.md")).Kind);
        Assert.Equal(PathKind.Missing, PathStatus.Of(Path.Combine(pipe, "a.md")).Kind); // a pipe on the way
    }

    [Fact]
    public void AHardLinkIsTheSameFileAndACopyIsNot()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.md", "text");
        var linked = Path.Combine(temp.Path, "b.md");
        var copied = Path.Combine(temp.Path, "c.md");
        HardLinks.Create(file, linked);
        File.Copy(file, copied);

        Assert.True(PathStatus.Of(linked).IsSameFileAs(PathStatus.Of(file)));
        Assert.False(PathStatus.Of(copied).IsSameFileAs(PathStatus.Of(file)));
        using (var open = File.OpenHandle(file))
            Assert.True(PathStatus.Of(open, file).IsSameFileAs(PathStatus.Of(linked)));
        Assert.False(PathStatus.Of(Path.Combine(temp.Path, "x.md")).IsSameFileAs(PathStatus.Of(Path.Combine(temp.Path, "y.md"))));
    }

    [Fact]
    public void AHardLinkOverAnExistingNameIsRefused()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.md", "text");
        var taken = temp.Write("b.md", "other");

        var refused = Assert.ThrowsAny<IOException>(() => HardLinks.Create(file, taken));

        Assert.Contains("b.md", refused.Message, StringComparison.Ordinal);
        Assert.Equal("other", File.ReadAllText(taken));
    }
}
