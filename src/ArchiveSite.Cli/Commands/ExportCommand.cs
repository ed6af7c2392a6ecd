using System.CommandLine;
using ArchiveSite.Configuration;
using ArchiveSite.Export;
using ArchiveSite.Site;

namespace ArchiveSite.Cli.Commands;

/// <summary><c>archive-site export</c>: the resolved model as JSON, for other tools and for checking the parser.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the JSON here instead of stdout" };
        var config = CommonOptions.Config();
        var cache = new CacheOptions();
        var command = new Command("export", """
            Write the archive's model (meetings, people, references) as JSON.

            Examples:
              archive-site export --content content
              archive-site export --content ../notes --output meetings.json
            Exit codes: 0 success, 1 a note has errors (all are printed on stderr), 2 bad arguments or I/O.
            """) { content, output, config, cache.Folder, cache.Off };
        command.SetAction(parse => Run(parse.GetValue(content)!, parse.GetValue(output), parse.GetValue(config),
            cache.Open(parse)));
        return command;
    }

    private static int Run(DirectoryInfo content, FileInfo? output, FileInfo? config, BuildCache cache)
    {
        if (CommonOptions.ContentIsMissing(content)) return ExitCodes.UsageOrIo;
        var result = cache.Load(SiteConfiguration.Read(content.FullName, config?.FullName));
        DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
        if (output is null)
        {
            using var stdout = Console.OpenStandardOutput();
            ArchiveJson.Write(result.Archive, stdout);
            Console.Out.WriteLine();
        }
        else
        {
            using var file = File.Create(output.FullName);
            ArchiveJson.Write(result.Archive, file);
        }
        return result.HasErrors ? ExitCodes.NoteErrors : ExitCodes.Success;
    }
}
