namespace ArchiveSite.Output;

/// <summary>
/// The pages of the last site built into a new output folder, kept in the build cache for the next build into
/// that folder: CI runs on a fresh machine, restores the cache, and builds into an output folder that does not
/// exist yet, so without this copy every page would be rendered again on every merge. A page is taken from the
/// copy on the same terms as from an old site in place (its fingerprint unchanged, its file of the recorded
/// length and time), so a copy that is stale, partial or edited only costs renders. Hard links where the cache
/// and the site share a file system, copies elsewhere.
/// </summary>
public static class SiteCopy
{
    /// <summary>
    /// Brings the copy in <paramref name="folder"/> up to <paramref name="files"/> (relative paths) of
    /// <paramref name="site"/>: a file the copy already has, with the site's length and time, is left as it is
    /// (the pages this build took from the copy), and the <paramref name="gone"/> files are removed.
    /// </summary>
    /// <returns>Null, or why the copy could not be kept (the build itself has succeeded).</returns>
    public static string? Keep(string site, IReadOnlyCollection<string> files, IEnumerable<string> gone, string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            new PageWriter(folder).CreateFoldersFor(files);
            var links = new FileLinks(site, folder);
            Parallel.ForEach(files, file =>
            {
                var (source, target) = (Path.Combine(site, file), Path.Combine(folder, file));
                if (Same(source, target)) return;
                var fresh = $"{target}.{Guid.NewGuid():N}.tmp";
                links.LinkOrCopy(source, fresh);
                File.Move(fresh, target, overwrite: true);
            });
            foreach (var file in gone) File.Delete(Path.Combine(folder, file));
            Directory.SetLastWriteTimeUtc(folder, DateTime.UtcNow);
            PruneBeside(folder);
            return null;
        }
        catch (Exception e) when (IsFileProblem(e))
        {
            return $"the site's pages could not be kept in the cache for the next build into a new folder ({(e as AggregateException)?.InnerException?.Message ?? e.Message})";
        }
    }

    /// <summary>How many output folders' copies the cache keeps: a copy is as large as its site where it cannot be linked.</summary>
    public const int MostKept = 4;

    /// <summary>Removes all but the <see cref="MostKept"/> copies kept most recently beside <paramref name="folder"/> (builds into many new folders would fill the cache).</summary>
    private static void PruneBeside(string folder)
    {
        var copies = new DirectoryInfo(Path.GetDirectoryName(folder)!).GetDirectories("*" + Path.GetExtension(folder));
        foreach (var old in copies.OrderByDescending(c => c.LastWriteTimeUtc).Skip(MostKept))
            old.Delete(recursive: true);
    }

    private static bool Same(string source, string target)
    {
        var (a, b) = (new FileInfo(source), new FileInfo(target));
        return b.Exists && a.Length == b.Length && a.LastWriteTimeUtc == b.LastWriteTimeUtc;
    }

    private static bool IsFileProblem(Exception e) =>
        e is IOException or UnauthorizedAccessException || (e is AggregateException a && a.InnerExceptions.All(IsFileProblem));
}
