namespace ArchiveSite.Output;

/// <summary>
/// The folder a build writes into: a hidden sibling of the output folder, swapped in by two renames only
/// once the whole site is written and checked. A failed or interrupted build leaves the previous site
/// as it was (and its staging folder is cleared by the next build).
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string _output;
    private bool _committed;

    public string Path { get; }

    public StagingFolder(string output)
    {
        _output = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(output));
        var parent = System.IO.Path.GetDirectoryName(_output)!;
        Directory.CreateDirectory(parent);
        Path = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(_output)}.building");
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
        Directory.CreateDirectory(Path);
        File.WriteAllText(System.IO.Path.Combine(Path, OutputGuard.MarkerFile),
            "Built by archive-site. The whole folder is replaced on every build.\n");
    }

    /// <summary>Replaces the output folder with the staged site.</summary>
    public void Commit()
    {
        var previous = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(_output)!, $".{System.IO.Path.GetFileName(_output)}.previous");
        if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
        if (Directory.Exists(_output)) Directory.Move(_output, previous);
        Directory.Move(Path, _output);
        _committed = true;
        if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
