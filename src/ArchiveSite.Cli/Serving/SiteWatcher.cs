namespace ArchiveSite.Cli.Serving;

/// <summary>
/// Watches the notes, the settings and the theme, and calls back once per burst of changes (editors save
/// in several steps: a temp file, a rename, a touch), 150 ms after the last one.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    public SiteWatcher(string content, string theme, Action changed)
    {
        _timer = new Timer(_ => changed());
        foreach (var folder in new[] { content, theme }.Where(Directory.Exists).Distinct())
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, _) => Touch();
            watcher.Created += (_, _) => Touch();
            watcher.Deleted += (_, _) => Touch();
            watcher.Renamed += (_, _) => Touch();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Touch() => _timer.Change(Quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
