namespace ArchiveSite.Caching;

/// <summary>Where the build cache lives when no <c>--cache</c> says: the user's own cache folder, as trusted as the tool itself.</summary>
public static class CacheFolder
{
    /// <summary><c>$ARCHIVE_SITE_CACHE</c>, else <c>$XDG_CACHE_HOME/archive-site</c>, else <c>~/.cache/archive-site</c>; null when <c>ARCHIVE_SITE_CACHE=off</c>.</summary>
    public static string? Default()
    {
        var configured = Environment.GetEnvironmentVariable("ARCHIVE_SITE_CACHE");
        if (string.Equals(configured, "off", StringComparison.OrdinalIgnoreCase)) return null;
        return configured is { Length: > 0 } ? configured
            : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? Path.Combine(xdg, "archive-site")
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "archive-site");
    }
}
