using System.CommandLine;

namespace ArchiveSite.Cli.Commands;

/// <summary>Options shared by commands that read a content folder.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo> Content() => new("--content")
    {
        Description = "Folder of notes with archive.yml and people.yml (default: content)",
        DefaultValueFactory = _ => new DirectoryInfo("content"),
    };
}
