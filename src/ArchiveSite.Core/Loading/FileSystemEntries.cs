using Mono.Unix;

namespace ArchiveSite.Loading;

/// <summary>
/// What a path is, without following it: .NET reports a FIFO, a device and a regular file alike, and
/// opening a FIFO blocks until something writes to it, so the kind comes from <c>lstat</c> (Mono.Unix).
/// </summary>
public static class FileSystemEntries
{
    public enum Kind { Missing, File, Folder, Link, Special }

    public static Kind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            if (info.Attributes == (FileAttributes)(-1)) return Kind.Missing;
            if (info.LinkTarget is not null) return Kind.Link;
            return Directory.Exists(path) ? Kind.Folder : File.Exists(path) ? Kind.File : Kind.Missing;
        }
        try
        {
            return UnixFileSystemInfo.GetFileSystemEntry(path).FileType switch
            {
                FileTypes.RegularFile => Kind.File,
                FileTypes.Directory => Kind.Folder,
                FileTypes.SymbolicLink => Kind.Link,
                _ => Kind.Special,
            };
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or InvalidOperationException or ArgumentException)
        {
            return Kind.Missing;
        }
    }

    /// <summary>
    /// The path with every symbolic link in it resolved (like <c>realpath</c>), so two spellings of one
    /// folder compare equal. A path that does not exist yet keeps its missing tail as written.
    /// </summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        var hops = 0;
        var queue = new Queue<string>(parts);
        while (queue.Count > 0)
        {
            var next = Path.Combine(current, queue.Dequeue());
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                // A loop of links would never end: give up as the kernel does, after 40 hops.
                if (++hops > 40) return Path.GetFullPath(path);
                var resolved = Path.GetFullPath(target, current);
                var rest = queue.ToArray();
                queue = new Queue<string>(resolved[Path.GetPathRoot(resolved)!.Length..]
                    .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
                current = Path.GetPathRoot(resolved)!;
                continue;
            }
            current = next;
        }
        return Path.TrimEndingDirectorySeparator(current);
    }

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or lies inside it (both real paths).</summary>
    public static bool IsWithin(string inner, string outer) =>
        inner == outer || inner.StartsWith(outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
