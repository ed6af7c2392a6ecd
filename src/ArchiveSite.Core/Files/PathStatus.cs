using Microsoft.Win32.SafeHandles;
using Mono.Unix.Native;

namespace ArchiveSite.Files;

/// <summary>What a path names, never following it.</summary>
public enum PathKind { Missing, File, Folder, Link, Special }

/// <summary>
/// What one <c>lstat</c> of a path (never following it) or <c>fstat</c> of an open file tells: its kind, length, last
/// write, and which file it is (device and inode). .NET 10's own file APIs tell a file, a folder and a link apart, but
/// report a FIFO or a device as a file and give no device or inode, so these come from Mono.Unix. This folder is the
/// only place the tool uses it: the rest asks <see cref="PathStatus"/>, <see cref="SafeFile"/> and
/// <see cref="HardLinks"/>.
/// </summary>
public readonly record struct PathStatus(PathKind Kind, long Length, long WrittenTicks, ulong Device, ulong Inode)
{
    private static readonly PathStatus Missing = new(PathKind.Missing, 0, 0, 0, 0);

    public bool IsFile => Kind == PathKind.File;

    /// <summary>
    /// The path's status, itself and not what it points to: <see cref="PathKind.Missing"/> when nothing is there, an
    /// <see cref="IOException"/> when the system cannot tell (a folder on the way that may not be searched).
    /// </summary>
    public static PathStatus Of(string path)
    {
        if (OperatingSystem.IsWindows()) return OfWindows(path);
        if (Syscall.lstat(path, out var status) == 0) return From(status);
        var error = Stdlib.GetLastError();
        return error is Errno.ENOENT or Errno.ENOTDIR ? Missing : throw SafeFile.Failure(path, error);
    }

    /// <summary>The status of an open file, or an <see cref="IOException"/> naming <paramref name="path"/>.</summary>
    public static PathStatus Of(SafeFileHandle handle, string path) =>
        Syscall.fstat((int)handle.DangerousGetHandle(), out var status) == 0 ? From(status) : throw SafeFile.Failure(path, Stdlib.GetLastError());

    /// <summary>Whether this and <paramref name="other"/> are one file: the same inode on the same device (never on Windows, where neither is read).</summary>
    public bool IsSameFileAs(in PathStatus other) =>
        Kind != PathKind.Missing && Inode != 0 && Device == other.Device && Inode == other.Inode && Kind == other.Kind;

    private static PathStatus From(in Stat status)
    {
        var kind = (status.st_mode & FilePermissions.S_IFMT) switch
        {
            FilePermissions.S_IFREG => PathKind.File,
            FilePermissions.S_IFDIR => PathKind.Folder,
            FilePermissions.S_IFLNK => PathKind.Link,
            _ => PathKind.Special,
        };
        // .NET's own conversion (FileStatus): the Unix seconds, plus the nanoseconds in whole ticks, as
        // File.GetLastWriteTimeUtc gives them.
        var written = DateTime.UnixEpoch.Ticks + status.st_mtime * TimeSpan.TicksPerSecond + status.st_mtime_nsec / 100;
        return new PathStatus(kind, status.st_size, written, status.st_dev, status.st_ino);
    }

    private static PathStatus OfWindows(string path)
    {
        var info = new FileInfo(path);
        if (info.Attributes == (FileAttributes)(-1)) return Missing;
        if (info.LinkTarget is not null) return Missing with { Kind = PathKind.Link };
        if ((info.Attributes & FileAttributes.Directory) != 0) return Missing with { Kind = PathKind.Folder };
        return new PathStatus(PathKind.File, info.Length, info.LastWriteTimeUtc.Ticks, 0, 0);
    }
}
