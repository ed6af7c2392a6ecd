namespace ArchiveSite.Output;

/// <summary>
/// The folder a build writes into: a hidden sibling of the output folder, swapped in by two renames only
/// once the whole site is written and checked. A failed or interrupted build leaves the previous site as it
/// was. While a build runs it holds a <see cref="BuildLock"/> beside the output, so a second build into the
/// same folder stops at once instead of deleting the first one's work. A build killed between the
/// two renames leaves the old site as <c>.NAME.previous</c>; the next build puts it back before anything else.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string? _output;
    private readonly BuildLock? _lock;
    private bool _committed;

    public string Path { get; }

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
            Directory.CreateDirectory(Path);
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

    private string Previous =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(_output!)!, $".{System.IO.Path.GetFileName(_output)}.previous");

    /// <summary>Removes everything staged so far but the marker (a build that started on one way of making the site and must take another).</summary>
    public void Empty()
    {
        foreach (var entry in new DirectoryInfo(Path).EnumerateFileSystemInfos())
            if (entry is DirectoryInfo folder) folder.Delete(recursive: true);
            else if (entry.Name != OutputGuard.MarkerFile) entry.Delete();
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
        if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
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
    /// The output and the three names beside it the build uses must not be links: when the output lies inside a
    /// repository, a pull request can commit any of them, and a build would read the old site through it, move
    /// it, or delete under it.
    /// </summary>
    private static void RefuseLinks(string parent, string name)
    {
        foreach (var path in new[] { name, $".{name}.lock", $".{name}.building", $".{name}.previous" }.Select(n => System.IO.Path.Combine(parent, n)))
        {
            if (Loading.FileSystemEntries.Of(path) == Loading.FileSystemEntries.Kind.Link)
                throw new IOException($"{path} is a symbolic link; archive-site never builds through one. Remove it and build again");
        }
    }

    private static void WriteMarker(string folder) =>
        File.WriteAllText(System.IO.Path.Combine(folder, OutputGuard.MarkerFile),
            "Built by archive-site. The whole folder is replaced on every build.\n");
}
