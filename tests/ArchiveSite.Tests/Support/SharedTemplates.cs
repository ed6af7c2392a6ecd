using System.Collections.Concurrent;
using ArchiveSite.Rendering;
using ArchiveSite.Site;

namespace ArchiveSite.Tests.Support;

/// <summary>
/// One compiled copy of each theme for every test build of this run, as <c>serve</c> keeps one between its
/// builds: compiling a theme with Roslyn takes seconds, and most tests build with the same theme.
/// </summary>
public static class SharedTemplates
{
    private static readonly ConcurrentDictionary<string, TemplateCache> ByTheme = new(StringComparer.Ordinal);

    public static BuildOptions With(BuildOptions options)
    {
        var configuration = options.ReadConfiguration();
        var theme = SiteBuilder.LocateTheme(options, configuration).Folder;
        return options with { Configuration = configuration, Cache = new BuildCache(null, ByTheme.GetOrAdd(theme, _ => new TemplateCache())) };
    }
}
