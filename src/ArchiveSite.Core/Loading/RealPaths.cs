namespace ArchiveSite.Loading;

/// <summary>Real paths: where a path leads once every link in it is followed, for comparing two spellings of one folder.</summary>
public static class RealPaths
{
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
