using System.Buffers;
using System.Text;
using ArchiveSite.Files;
using Microsoft.Win32.SafeHandles;

namespace ArchiveSite.Output;

/// <summary>
/// Writes pages into a fresh folder with as few file-system calls as a page allows. Creating files and
/// folders is a large share of a build (×30 notes: 17,000 folders and 8,600 files; each mkdir or open costs
/// ~0.2 ms of kernel time on a VM disk), so: every folder is made once, parents before children, with one
/// mkdir each (Directory.CreateDirectory probes and retries every ancestor); and a page is one open, one
/// write and one close (File.WriteAllText adds preallocation, truncation and seeks the new file has no use for).
/// <para>
/// With the <paramref name="previous"/> site at hand (the output folder this build replaces), a page whose bytes
/// are the same as before is not written again: the old file is hard-linked into the new site, keeping its
/// inode and time, so rsync and other uploaders that go by time and size send only what changed.
/// </para>
/// <para>
/// <paramref name="recycled"/>: the folder is the site before last (<see cref="RecycledFolder"/>), and these are the
/// files left in it, each the previous site's own file (inode) at the same path. One kept is left as it is, its
/// folders already there; any other name is removed before it is linked or written, never written into.
/// </para>
/// </summary>
public sealed class PageWriter(string root, string? previous = null, IReadOnlySet<string>? recycled = null)
{
    private readonly FileLinks? _fromPrevious = previous is null ? null : new FileLinks(previous, root);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // The folders made so far, across calls: the outputs beside the pages (a feed in each page's folder) then cost
    // no file-system call for the folders the pages already have. Called by one thread at a time (the plan, then
    // the outputs' writer), never while another call runs.
    private readonly HashSet<string> _made = Folders(recycled);

    private static HashSet<string> Folders(IReadOnlySet<string>? recycled)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var file in recycled ?? Enumerable.Empty<string>())
            for (var folder = Path.GetDirectoryName(file); !string.IsNullOrEmpty(folder) && folders.Add(folder); folder = Path.GetDirectoryName(folder)) { }
        return folders;
    }

    /// <summary>Makes every folder the given files need, under <c>root</c> (which exists), that no earlier call made.</summary>
    public void CreateFoldersFor(IEnumerable<string> relativeFiles)
    {
        foreach (var file in relativeFiles)
            Make(Path.GetDirectoryName(file) ?? "");
    }

    private void Make(string folder)
    {
        if (_made.Contains(folder)) return;
        Make(Path.GetDirectoryName(folder) ?? "");
        Directory.CreateDirectory(Path.Combine(root, folder)); // the parent exists: one mkdir
        _made.Add(folder);
    }

    /// <summary>
    /// Keeps the previous site's file as this one without reading it, when it is a regular file of the
    /// expected length and time (the build knows from its fingerprint that what it was made from is unchanged,
    /// and the time that nothing wrote it since); false when it cannot, and the page must be rendered.
    /// </summary>
    public bool Reuse(string relativeFile, long length, long writtenTicks)
    {
        if (previous is null || !Holds(previous, relativeFile, length, writtenTicks)) return false;
        // Already here: the previous site's own file, left by the pruning.
        if (recycled is not null && recycled.Contains(relativeFile)) return true;
        try
        {
            _fromPrevious!.LinkOrCopy(Path.Combine(previous, relativeFile), Replace(relativeFile));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="site"/> holds the file as a build left it: a regular file (never a link) of that length and time.</summary>
    private static bool Holds(string site, string relativeFile, long length, long writtenTicks)
    {
        try
        {
            var old = PathStatus.Of(Path.Combine(site, relativeFile));
            return old.IsFile && old.Length == length && old.WrittenTicks == writtenTicks;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// For a file written straight into the new site (the feeds, the sitemap): when the previous site has the
    /// same bytes, its file takes the new one's place, keeping its time for uploaders that go by it.
    /// </summary>
    public long KeepIfUnchanged(string relativeFile)
    {
        var target = Path.Combine(root, relativeFile);
        long length;
        bool unchanged;
        // Compared a block at a time, and only when the lengths agree: meetings.json is tens of megabytes at scale.
        using (var written = File.OpenHandle(target, FileMode.Open, FileAccess.Read))
        {
            length = RandomAccess.GetLength(written);
            unchanged = previous is not null && Unchanged(Path.Combine(previous, relativeFile), length, written);
        }
        var kept = target + ".previous";
        if (unchanged && LinkOld(Path.Combine(previous!, relativeFile), kept)) File.Move(kept, target, overwrite: true);
        return length;
    }

    /// <summary>The full path of a file of the new site, its old file removed first when the folder is recycled: for writers that create the file themselves.</summary>
    public string Replace(string relativeFile)
    {
        var target = Path.Combine(root, relativeFile);
        if (recycled is not null) File.Delete(target);
        return target;
    }

    /// <summary>The last-write time of a file of the new site, in ticks (UTC).</summary>
    public long WrittenTicks(string relativeFile) => File.GetLastWriteTimeUtc(Path.Combine(root, relativeFile)).Ticks;

    /// <summary>Writes a new file (its folder exists) as UTF-8 without a byte-order mark; returns its length in bytes.</summary>
    public long Write(string relativeFile, ReadOnlySpan<char> text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8.GetBytes(text, buffer);
            var target = Replace(relativeFile);
            if (previous is not null && Unchanged(Path.Combine(previous, relativeFile), buffer.AsSpan(0, length), target)) return length;
            using var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(handle, buffer.AsSpan(0, length), fileOffset: 0);
            return length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Links <paramref name="old"/> in as <paramref name="target"/> when it is a regular file holding exactly <paramref name="bytes"/>.</summary>
    private bool Unchanged(string old, ReadOnlySpan<byte> bytes, string target)
    {
        var block = ArrayPool<byte>.Shared.Rent(Block);
        try
        {
            using var handle = OpenRegular(old, bytes.Length);
            if (handle is null || !HoldsAt(handle, 0, bytes, block)) return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // written afresh instead
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
        }
        return LinkOld(old, target);
    }

    /// <summary>Whether <paramref name="old"/> is a regular file holding exactly what <paramref name="written"/> (of <paramref name="length"/> bytes) does.</summary>
    private static bool Unchanged(string old, long length, SafeFileHandle written)
    {
        var (block, theirs) = (ArrayPool<byte>.Shared.Rent(Block), ArrayPool<byte>.Shared.Rent(Block));
        try
        {
            using var handle = OpenRegular(old, length);
            if (handle is null) return false;
            for (long offset = 0; offset < length;)
            {
                var n = RandomAccess.Read(written, block.AsSpan(0, (int)Math.Min(Block, length - offset)), offset);
                if (n == 0 || !HoldsAt(handle, offset, block.AsSpan(0, n), theirs)) return false;
                offset += n;
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
            ArrayPool<byte>.Shared.Return(theirs);
        }
    }

    private const int Block = 1 << 16;

    /// <summary>The old file, opened, when it is a regular file (a link planted in the old output is never carried into the new one) of this length; else null.</summary>
    private static SafeFileHandle? OpenRegular(string old, long length)
    {
        if (PathStatus.Of(old).Kind != PathKind.File) return null;
        var handle = File.OpenHandle(old, FileMode.Open, FileAccess.Read);
        if (RandomAccess.GetLength(handle) == length) return handle;
        handle.Dispose();
        return null;
    }

    /// <summary>Whether the file holds <paramref name="bytes"/> at <paramref name="offset"/>, read into <paramref name="block"/> a block at a time.</summary>
    private static bool HoldsAt(SafeFileHandle file, long offset, ReadOnlySpan<byte> bytes, byte[] block)
    {
        while (bytes.Length > 0)
        {
            var n = RandomAccess.Read(file, block.AsSpan(0, Math.Min(block.Length, bytes.Length)), offset);
            if (n == 0 || !block.AsSpan(0, n).SequenceEqual(bytes[..n])) return false;
            offset += n;
            bytes = bytes[n..];
        }
        return true;
    }

    /// <summary>Links the previous site's <paramref name="old"/> in as <paramref name="target"/>; false when it cannot (the file is then written afresh).</summary>
    private bool LinkOld(string old, string target)
    {
        try
        {
            _fromPrevious!.LinkOrCopy(old, target);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }
}
