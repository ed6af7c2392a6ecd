namespace ArchiveSite.Output;

/// <summary>
/// Refuses output folders a build must never replace: the content folder, the theme, the repository
/// root, any parent of those, a folder inside the content folder or the theme (unless, in the content folder,
/// under a name starting with '_' or '.', which is never read as notes: _site at a repository's root), and any
/// non-empty folder that an earlier build did not make (it would be deleted by the swap). Paths are compared with their links resolved. Checked before anything is written.
/// </summary>
public static class OutputGuard
{
    /// <summary>Written into every built site; only a folder holding it may be replaced.</summary>
    public const string MarkerFile = ".archive-site";

    public static string? Refusal(string output, string content, string theme)
    {
        var outFull = Normalize(output);
        var protectedFolders = new List<(string Path, string What)> { (Normalize(content), "the content folder"), (Normalize(theme), "the theme folder") };
        if (RepositoryRoot(content) is { } repo) protectedFolders.Add((repo, "the repository root"));
        if (RepositoryRoot(Directory.GetCurrentDirectory()) is { } cwdRepo) protectedFolders.Add((cwdRepo, "the repository root"));

        foreach (var (path, what) in protectedFolders)
            if (Same(outFull, path)) return $"--out {output} is {what}; choose a folder of its own, such as _site";
        foreach (var (path, what) in protectedFolders)
        {
            if (IsInside(path, outFull)) return $"--out {output} contains {what} ({path}); choose a folder of its own, such as _site";
            // At a minutes repository's root the content folder is the root: _site there is never read as notes.
            if (what == "the content folder" && IsInside(outFull, path) && NeverNotes(Path.GetRelativePath(path, outFull))) continue;
            if (what != "the repository root" && IsInside(outFull, path))
                return what == "the content folder"
                    ? $"--out {output} is inside {what} ({path}); choose a folder outside it, or one whose name starts with '_' (never read as notes), such as _site"
                    : $"--out {output} is inside {what} ({path}); choose a folder outside it";
        }
        if (Directory.Exists(outFull) && Directory.EnumerateFileSystemEntries(outFull).Any() && !File.Exists(Path.Combine(outFull, MarkerFile)))
            return $"--out {output} holds files that archive-site did not write (no {MarkerFile} file); a build replaces the whole folder, so empty it or choose another";
        return null;
    }

    /// <summary>A folder whose first part starts with '_' or '.': the content folder's reader never looks there.</summary>
    private static bool NeverNotes(string relative) => relative.Split(Path.DirectorySeparatorChar)[0] is ['_' or '.', ..];

    private static string? RepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(Normalize(start)); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
                return Normalize(dir.FullName);
        return null;
    }

    /// <summary>The real path, links resolved: an output that is a link to the notes is the notes.</summary>
    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Loading.RealPaths.RealPath(path));

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="inner"/> lies strictly inside <paramref name="outer"/>.</summary>
    private static bool IsInside(string inner, string outer) => Loading.RealPaths.IsWithin(inner, outer) && !Same(inner, outer);
}
