using ArchiveSite.Output;
using ArchiveSite.Tests.Support;
using ArchiveSite.Files;

namespace ArchiveSite.Tests.Site;

/// <summary>
/// A file an output writes straight into the new site (meetings.json, the sitemap) takes the previous site's file
/// (inode and time) when its bytes are the same, so uploaders that go by time and size leave it alone; one byte
/// different, or another length, and the new file stays. Files are compared a block at a time: meetings.json is tens
/// of megabytes at scale.
/// </summary>
public sealed class UnchangedOutputsTests
{
    // Larger than the blocks files are compared in, so that a difference can sit in a later block.
    private static readonly byte[] Large = [.. Enumerable.Range(0, 200_000).Select(i => (byte)(i * 7))];

    [Fact]
    public void AnOutputWithTheSameBytesKeepsThePreviousFile()
    {
        var (previous, written) = Written(Large, Large);

        Assert.Equal(Large.Length, written.Length);
        Assert.Equal(previous.Inode, written.Inode);
    }

    [Fact]
    public void AnOutputDifferingInALaterBlockIsTheNewFile()
    {
        var changed = Large.ToArray();
        changed[150_000] ^= 1;

        var (previous, written) = Written(Large, changed);

        Assert.NotEqual(previous.Inode, written.Inode);
        Assert.Equal(changed, written.Bytes);
    }

    [Fact]
    public void AnOutputOfAnotherLengthIsTheNewFile()
    {
        byte[] longer = [.. Large, 1];

        var (previous, written) = Written(Large, longer);

        Assert.Equal(longer.Length, written.Length);
        Assert.NotEqual(previous.Inode, written.Inode);
        Assert.Equal(longer, written.Bytes);
    }

    private sealed record Outcome(ulong Inode, long Length, byte[] Bytes);

    /// <summary>The previous site's meetings.json and the new one, after the new site's writer was asked to keep the old one if unchanged.</summary>
    private static (Outcome Previous, Outcome Written) Written(byte[] before, byte[] now)
    {
        using var temp = new TempFolder();
        var previous = temp.WriteBytes("old/meetings.json", before);
        var target = temp.WriteBytes("new/meetings.json", now);
        var length = new PageWriter(Path.Combine(temp.Path, "new"), Path.Combine(temp.Path, "old")).KeepIfUnchanged("meetings.json");
        return (new Outcome(PathStatus.Of(previous).Inode, before.Length, File.ReadAllBytes(previous)),
            new Outcome(PathStatus.Of(target).Inode, length, File.ReadAllBytes(target)));
    }
}
