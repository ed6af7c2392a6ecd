using ArchiveSite.Files;

namespace ArchiveSite.Output;

/// <summary>
/// The folder a build writes into: a hidden sibling of the output folder, swapped in by two renames only
/// once the whole site is written and checked. A failed or interrupted build leaves the previous site as it
/// was. While a build runs it holds a <see cref="BuildLock"/> beside the output, so a second build into the
/// same folder stops at once instead of deleting the first one's work. A build killed between the
/// two renames leaves the old site as <c>.NAME.previous</c>; the next build puts it back before anything else.
/// <para>
/// The site a swap replaces is not deleted but kept as <c>.NAME.spare</c>, and the next build takes it as its
/// staging folder (<see cref="Recycled"/>; <see cref="RecycledFolder"/> says what is left of it and why that is safe):
/// the files it shares with the live site are what a build keeps anyway.
/// </para>
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string? _output;
    private readonly BuildLock? _lock;
    private bool _committed;

    public string Path { get; }

    /// <summary>Whether <see cref="Path"/> is the site before last rather than a new folder: the build must prune it (<see cref="Prune"/>) or <see cref="Empty"/> it.</summary>
    public bool Recycled { get; private set; }

    public StagingFolder(string output)
    {
        _output = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(output));
        var parent = System.IO.Path.GetDirectoryName(_output)!;
        var name = System.IO.Path.GetFileName(_output);
        Directory.CreateDirectory(parent);
        RefuseLinks(parent, name);
        _lock = BuildLock.Acquire(System.IO.Path.Combine(parent, $".{name}.lock"), _output);
        try
        {
            var previous = Previous;
            if (!Directory.Exists(_output) && Directory.Exists(previous)) Directory.Move(previous, _output);
            Path = System.IO.Path.Combine(parent, $".{name}.building");
            if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
            var spare = Spare;
            if (Directory.Exists(spare) && !OperatingSystem.IsWindows())
            {
                Directory.Move(spare, Path);
                Recycled = true;
            }
            else
            {
                if (Directory.Exists(spare)) Directory.Delete(spare, recursive: true);
                Directory.CreateDirectory(Path);
            }
            WriteMarker(Path);
        }
        catch
        {
            _lock.Dispose();
            throw;
        }
    }

    private StagingFolder(string temporary, bool _)
    {
        Path = temporary;
        Directory.CreateDirectory(Path);
        WriteMarker(Path);
    }

    /// <summary>A folder in the system's temporary folder, deleted on dispose and never committed (<c>check</c>).</summary>
    public static StagingFolder Temporary() =>
        new(Directory.CreateTempSubdirectory("archive-site-check-").FullName, true);

    private string Previous => Beside("previous");

    private string Spare => Beside("spare");

    private string Beside(string suffix) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(_output!)!, $".{System.IO.Path.GetFileName(_output)}.{suffix}");

    /// <summary>
    /// Leaves of the recycled folder only the files the site the build keeps files from (the live one, or the cache's
    /// copy of it when the output folder is gone) shares with it, inode for inode, that the last build's manifest lists
    /// (<see cref="RecycledFolder.Prune"/>); returns their paths for <see cref="Sweep"/>.
    /// </summary>
    public HashSet<string> Prune(string previous, IReadOnlySet<string> listed) =>
        RecycledFolder.Prune(Path, previous, listed, OutputGuard.MarkerFile);

    /// <summary>Removes what <see cref="Prune"/> left that the build did not make, so the staged site is the one a new folder would hold.</summary>
    public void Sweep(IEnumerable<string> left, IReadOnlySet<string> made) => RecycledFolder.Sweep(Path, left, made);

    /// <summary>Removes everything staged so far but the marker (a build that started on one way of making the site and must take another).</summary>
    public void Empty()
    {
        foreach (var entry in new DirectoryInfo(Path).EnumerateFileSystemInfos())
            if (entry is DirectoryInfo folder) folder.Delete(recursive: true);
            else if (entry.Name != OutputGuard.MarkerFile) entry.Delete();
        Recycled = false;
    }

    /// <summary>Replaces the output folder with the staged site.</summary>
    public void Commit()
    {
        if (_output is null) throw new InvalidOperationException("a temporary build folder is never swapped in");
        var previous = Previous;
        if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
        if (Directory.Exists(_output)) Directory.Move(_output, previous);
        Directory.Move(Path, _output);
        _committed = true;
        if (!Directory.Exists(previous)) return;
        // Kept for the next build to write into (the kernel's unlinking of a large site is a good part of a
        // rebuild); where that cannot be, deleted as before.
        if (OperatingSystem.IsWindows() || Directory.Exists(Spare)) Directory.Delete(previous, recursive: true);
        else Directory.Move(previous, Spare);
    }

    public void Dispose()
    {
        try
        {
            if (!_committed && Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
        }
        finally
        {
            _lock?.Dispose();
        }
    }

    /// <summary>
    /// The output and the four names beside it the build uses must not be links: when the output lies inside a
    /// repository, a pull request can commit any of them, and a build would read the old site through it, move
    /// it, or delete under it.
    /// </summary>
    private static void RefuseLinks(string parent, string name)
    {
        foreach (var path in new[] { name, $".{name}.lock", $".{name}.building", $".{name}.previous", $".{name}.spare" }.Select(n => System.IO.Path.Combine(parent, n)))
        {
            if (PathStatus.Of(path).Kind == PathKind.Link)
                throw new IOException($"{path} is a symbolic link; archive-site never builds through one. Remove it and build again");
        }
    }

    // Replaced, not written into: in a recycled folder the marker is the live site's file.
    private static void WriteMarker(string folder)
    {
        var marker = System.IO.Path.Combine(folder, OutputGuard.MarkerFile);
        File.Delete(marker);
        File.WriteAllText(marker, "Built by archive-site. The whole folder is replaced on every build.\n");
    }
}
