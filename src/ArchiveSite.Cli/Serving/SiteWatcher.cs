namespace ArchiveSite.Cli.Serving;

/// <summary>
/// Watches the notes, the settings and the theme, and calls back once per burst of changes (editors save
/// in several steps: a temp file, a rename, a touch), 150 ms after the last one, with every path the burst touched.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly object _gate = new();
    private HashSet<string> _touched = new(StringComparer.Ordinal);

    private readonly Func<string> _theme;
    private string? _watchedTheme;

    /// <param name="theme">The theme folder now: asked again after every burst, since archive.yml may name another.</param>
    /// <param name="settings">The folder of a settings file given with --config, when it is not the content folder.</param>
    public SiteWatcher(string content, Func<string> theme, Action<IReadOnlyCollection<string>> changed, string? settings = null)
    {
        _theme = theme;
        _timer = new Timer(_ =>
        {
            HashSet<string> burst;
            lock (_gate) (burst, _touched) = (_touched, new HashSet<string>(StringComparer.Ordinal));
            WatchTheme();
            changed(burst);
        });
        Watch(content);
        if (settings is not null) Watch(settings);
        WatchTheme();
    }

    private void WatchTheme()
    {
        var folder = Path.GetFullPath(_theme());
        lock (_gate)
        {
            if (folder == _watchedTheme) return;
            _watchedTheme = folder;
        }
        Watch(folder);
    }

    private void Watch(string folder)
    {
        if (!Directory.Exists(folder)) return;
        lock (_gate)
        {
            if (_watchers.Any(w => w.Path == folder)) return;
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, e) => Touch(e.FullPath);
            watcher.Created += (_, e) => Touch(e.FullPath);
            watcher.Deleted += (_, e) => Touch(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Touch(e.OldFullPath);
                Touch(e.FullPath);
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Touch(string path)
    {
        lock (_gate) _touched.Add(path);
        _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
