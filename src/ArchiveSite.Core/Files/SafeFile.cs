using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;
using Mono.Unix.Native;

namespace ArchiveSite.Files;

/// <summary>
/// Opens and writes files without ever following a symbolic link at the last step of the path. The notes
/// folder, the output's parent and the cache can all hold files a pull request put there: a link named
/// like a file the tool writes (<c>refs.json.tmp -> ../action/run.sh</c>) would otherwise make the tool
/// write through it. So reads use <c>O_NOFOLLOW</c> (and <c>O_NONBLOCK</c>, so a FIFO never blocks, then
/// <c>fstat</c> on the open handle: no window between the check and the open), and writes go to a new file
/// under an unpredictable name created with <c>O_EXCL</c> (which refuses any existing path, link or not),
/// then renamed over the target (rename replaces a link; it never writes through one).
/// </summary>
public static partial class SafeFile
{
    private const int LockExclusive = 2, LockNonBlocking = 4;

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int fd, int operation);

    /// <summary>Opens a regular file for reading. A link, FIFO, device or folder is an <see cref="IOException"/>.</summary>
    public static FileStream OpenRead(string path)
    {
        if (OperatingSystem.IsWindows()) return OpenReadWindows(path);
        var fd = Syscall.open(path, OpenFlags.O_RDONLY | OpenFlags.O_NOFOLLOW | OpenFlags.O_NONBLOCK | OpenFlags.O_CLOEXEC);
        return RegularFile(fd, path, FileAccess.Read, locked: false);
    }

    /// <summary>The file's bytes, or an <see cref="IOException"/> when it is a link, not a regular file, or over <paramref name="limit"/>.</summary>
    public static byte[] ReadAllBytes(string path, long limit = long.MaxValue)
    {
        using var stream = OpenRead(path);
        if (stream.Length > limit) throw new IOException($"{path} is {stream.Length} bytes, over the limit of {limit}");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>
    /// Writes a file whole or not at all: into a new file beside it under a random name (created exclusively,
    /// so no planted link or file is ever opened), then renamed over <paramref name="path"/>.
    /// </summary>
    public static void Write(string path, Action<Stream> write, bool flushToDisk = false)
    {
        var temporary = TemporaryBeside(path);
        try
        {
            using (var stream = CreateNew(temporary))
            {
                write(stream);
                stream.Flush(flushToDisk);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes, bool flushToDisk = false)
    {
        var copy = bytes.ToArray();
        Write(path, stream => stream.Write(copy), flushToDisk);
    }

    public static void WriteAllText(string path, string text) =>
        WriteAllBytes(path, new System.Text.UTF8Encoding(false).GetBytes(text));

    /// <summary>A new file that did not exist: fails on any existing path, a link (even a dangling one) included.</summary>
    public static FileStream CreateNew(string path) =>
        new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);

    /// <summary>
    /// Opens (creating if needed) a file to hold a lock: never through a link, and only a regular file. Used for
    /// lock files that must outlive one process's open (so <see cref="CreateNew"/> does not fit).
    /// </summary>
    public static FileStream OpenLockFile(string path)
    {
        if (OperatingSystem.IsWindows())
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        var fd = Syscall.open(path, OpenFlags.O_RDWR | OpenFlags.O_CREAT | OpenFlags.O_NOFOLLOW | OpenFlags.O_NONBLOCK | OpenFlags.O_CLOEXEC,
            FilePermissions.S_IRUSR | FilePermissions.S_IWUSR | FilePermissions.S_IRGRP | FilePermissions.S_IROTH);
        return RegularFile(fd, path, FileAccess.ReadWrite, locked: true);
    }

    /// <summary>
    /// A stream over a descriptor just opened with O_NOFOLLOW | O_NONBLOCK, once fstat on it says it is a regular
    /// file (no window between the check and the open); blocking again for the reads and writes themselves
    /// (O_NONBLOCK only had to keep a FIFO from stalling the open). With <paramref name="locked"/>, holding the
    /// exclusive flock .NET takes for FileShare.None, so a build of an older version still sees it.
    /// </summary>
    private static FileStream RegularFile(int fd, string path, FileAccess access, bool locked)
    {
        if (fd < 0) throw Failure(path, Stdlib.GetLastError());
        var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            if (!PathStatus.Of(handle, path).IsFile)
                throw new IOException($"{path} is not a regular file (a folder, pipe, socket or device)");
            if (Syscall.fcntl(fd, FcntlCommand.F_SETFL, 0) != 0) throw Failure(path, Stdlib.GetLastError());
            if (locked && Flock(fd, LockExclusive | LockNonBlocking) != 0) throw Failure(path, Stdlib.GetLastError());
            return new FileStream(handle, access, 1);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>A name beside <paramref name="path"/> that nobody can guess ahead of time.</summary>
    public static string TemporaryBeside(string path) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!,
            $".{Path.GetFileName(path)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}.tmp");

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { } // never created, or already gone
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>An error of the system's, as the exception .NET would raise for it, naming the path.</summary>
    internal static IOException Failure(string path, Errno errno) => errno switch
    {
        Errno.ELOOP => new IOException($"{path} is a symbolic link; archive-site never reads or writes through a link"),
        Errno.ENOENT => new FileNotFoundException($"{path} does not exist", path),
        Errno.ENOTDIR => new DirectoryNotFoundException($"a folder on the path to {path} does not exist"),
        Errno.EACCES or Errno.EPERM => new IOException($"{path}: permission denied"),
        Errno.EWOULDBLOCK => new IOException($"{path} is locked by another process"),
        _ => new IOException($"{path}: {Stdlib.strerror(errno)}"),
    };

    private static FileStream OpenReadWindows(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) throw new IOException($"{path} is a symbolic link; archive-site never reads or writes through a link");
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
    }
}
