using System.CommandLine;
using ArchiveSite.Site;

namespace ArchiveSite.Cli.Commands;

/// <summary><c>--cache</c> and <c>--no-cache</c>, which every command that reads notes takes, and the cache they choose.</summary>
internal sealed class CacheOptions
{
    public Option<DirectoryInfo?> Folder { get; } = new("--cache")
    {
        Description = "Folder for the build cache (compiled templates, parsed notes, what each page was made from, a copy of the last site; default: $ARCHIVE_SITE_CACHE, $XDG_CACHE_HOME/archive-site or ~/.cache/archive-site)",
    };

    public Option<bool> Off { get; } = new("--no-cache") { Description = "Compile the theme, parse every note and render every page afresh, and keep nothing between runs" };

    /// <summary>The cache the command line chose: the folder given, none at all, or the user's.</summary>
    /// <param name="buildsAgain">The command builds more than once (<c>serve</c>): the cache keeps the last build in memory too.</param>
    public BuildCache Open(ParseResult parse, bool buildsAgain = false) => BuildCache.For(parse.GetValue(Folder)?.FullName, parse.GetValue(Off), buildsAgain);
}
