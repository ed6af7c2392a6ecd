using ArchiveSite.Files;

namespace ArchiveSite.Output;

/// <summary>
/// The site before last, made the next build's staging folder instead of a new one (<see cref="StagingFolder"/>).
/// Most of its files are hard links to the live site's (every build keeps an unchanged page by linking it), so a
/// build that keeps them has neither a tree of folders and links to make (×30: 17,000 folders, 9,700 links) nor
/// the old site's 27,000 entries to unlink after the swap.
/// <para>
/// What makes it safe is what <see cref="Prune"/> leaves and how the build writes: a file left is one the live site
/// holds as the same inode at the same path, and every writer into the staging folder replaces a file (removes the
/// name, then creates it) rather than writing into it, since writing into a file shared with the live site would
/// change that site before the swap, and leave it changed if the build then fails.
/// </para>
/// </summary>
internal static class RecycledFolder
{
    /// <summary>
    /// Removes from <paramref name="folder"/> everything but regular files that are, inode for inode, the file at the
    /// same path in <paramref name="live"/>, and listed in <paramref name="listed"/> (what the last build's manifest
    /// names: pages and outputs, which the build keeps or replaces; never the assets or the marker, which it writes).
    /// Nothing is followed: a link or any other entry is removed as a name. Returns the paths left, relative.
    /// </summary>
    public static HashSet<string> Prune(string folder, string live, IReadOnlySet<string> listed, string keep)
    {
        var left = new HashSet<string>(StringComparer.Ordinal);
        Walk(folder, "", live, listed, keep, left);
        return left;
    }

    /// <returns>Whether anything is left in the folder: one emptied is removed, as a build into a new folder would not have it.</returns>
    private static bool Walk(string root, string relative, string live, IReadOnlySet<string> listed, string keep, HashSet<string> left)
    {
        var folder = relative.Length == 0 ? root : Path.Combine(root, relative);
        var any = false;
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            var name = Path.GetFileName(entry);
            var path = relative.Length == 0 ? name : relative + "/" + name;
            var status = PathStatus.Of(entry);
            if (status.Kind == PathKind.Missing) continue; // gone already
            if (status.Kind == PathKind.Folder)
            {
                if (Walk(root, path, live, listed, keep, left)) any = true;
                else Directory.Delete(entry);
            }
            else if (status.IsFile && (path == keep || listed.Contains(path) && status.IsSameFileAs(PathStatus.Of(Path.Combine(live, path)))))
            {
                if (path != keep) left.Add(path);
                any = true;
            }
            else File.Delete(entry); // a file, or a link or other entry as a name: never what it points to
        }
        return any;
    }

    /// <summary>
    /// After the build: removes the files <see cref="Prune"/> left that the build did not make (a page of a call since
    /// deleted), and the folders that leaves empty, so that the site is the one a build into a new folder makes.
    /// </summary>
    public static void Sweep(string folder, IEnumerable<string> left, IReadOnlySet<string> made)
    {
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in left.Where(path => !made.Contains(path)))
        {
            File.Delete(Path.Combine(folder, path));
            for (var parent = Path.GetDirectoryName(path); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
                emptied.Add(parent);
        }
        // Deepest first, so that a folder whose only entry was an emptied folder goes too.
        foreach (var parent in emptied.OrderByDescending(p => p.Length))
        {
            var full = Path.Combine(folder, parent);
            if (Directory.Exists(full) && !Directory.EnumerateFileSystemEntries(full).Any()) Directory.Delete(full);
        }
    }
}
