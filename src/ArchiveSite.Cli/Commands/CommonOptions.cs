using System.CommandLine;

namespace ArchiveSite.Cli.Commands;

/// <summary>Options shared by commands that read a content folder.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo> Content() => new("--content")
    {
        Description = "Folder of notes with archive.yml and people.yml (default: the current folder when it holds archive.yml, else content/ when there is one, else the current folder)",
        DefaultValueFactory = _ => new DirectoryInfo(DefaultContent()),
    };

    /// <summary>Whether the content folder is missing; if so, says so and how to name another (the command then exits with <see cref="ExitCodes.UsageOrIo"/>).</summary>
    public static bool ContentIsMissing(DirectoryInfo content)
    {
        if (content.Exists) return false;
        Console.Error.WriteLine($"{content.FullName}: error: content folder does not exist; pass --content DIR");
        return true;
    }

    /// <summary>
    /// After <c>init</c> at a minutes repository's root, <c>build</c> there needs no option; this repository's own
    /// example (content/) still builds with none.
    /// </summary>
    private static string DefaultContent() =>
        File.Exists("archive.yml") || !Directory.Exists("content") ? "." : "content";

    public static Option<FileInfo?> Config() => new("--config")
    {
        Description = "Settings file to use instead of the content folder's archive.yml (people.yml and a relative theme: are read beside it)",
    };

    /// <summary>A theme is code (Razor templates are C#): it is taken only from here, archive.yml's theme:, or the tool's own.</summary>
    public static Option<DirectoryInfo?> Theme() => new("--theme")
    {
        Description = "Theme folder (overrides theme: in archive.yml; default: the theme installed with the tool)",
    };

    public static Option<FileInfo?> Pagefind() => new("--pagefind")
    {
        Description = "The Pagefind binary for the search index (default: $ARCHIVE_SITE_PAGEFIND, the npm package installed with the tool, or PATH)",
    };

    public static Option<FileInfo?> Summary() => new("--summary")
    {
        Description = "Append a Markdown summary to this file (in GitHub Actions: \"$GITHUB_STEP_SUMMARY\")",
    };

    public static Option<FileInfo?> Outputs() => new("--outputs")
    {
        Description = "Append key=value results to this file (in GitHub Actions: \"$GITHUB_OUTPUT\")",
    };

    public static Option<bool> Verbose() => new("--verbose")
    {
        Description = "Print every finding (by default, of a kind found more than 5 times, the first 3 and a count of the rest)",
    };
}
