using System.CommandLine;
using ArchiveSite.Checking;

namespace ArchiveSite.Cli.Commands;

/// <summary><c>archive-site check</c>: lint the notes for a reviewer, without building.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var format = new Option<string>("--format")
        {
            Description = "text (default): file:line: severity: message on stderr; github: GitHub Actions annotations on stdout",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "github");
        var theme = CommonOptions.Theme();
        var config = CommonOptions.Config();
        var command = new Command("check", """
            Check the notes without publishing: everything that would fail `build` (the site is rendered and its
            links checked in a temporary folder), and what a reviewer wants to know: unknown people and nicknames,
            attendee lines that name nobody, links to files that are not notes, dates that disagree, duplicate or
            conflicting calls, mojibake, profile links whose text and address disagree, repositories outside
            archive.yml's list, symbolic links and oversized notes.

            Examples:
              archive-site check
              archive-site check --content meeting-notes --format github   # in a pull request's workflow
            Exit codes: 0 no errors (warnings may be printed), 1 errors, 2 bad arguments or I/O.
            """) { content, format, theme, config };
        command.SetAction(parse => Run(parse.GetValue(content)!, parse.GetValue(format)!, parse.GetValue(theme), parse.GetValue(config)));
        return command;
    }

    private static int Run(DirectoryInfo content, string format, DirectoryInfo? theme, FileInfo? config)
    {
        if (!content.Exists)
        {
            Console.Error.WriteLine($"{content.FullName}: error: content folder does not exist; pass --content DIR");
            return ExitCodes.UsageOrIo;
        }
        var result = NoteChecker.Check(content.FullName, theme?.FullName, settingsFile: config?.FullName);
        if (format == "github")
        {
            // Workflow commands are read from stdout.
            GitHubAnnotations.Write(result.Diagnostics, content.FullName, Console.Out);
        }
        else
        {
            DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
        }
        foreach (var line in result.Inferred) Console.Error.WriteLine($"inferred: {line}");
        Console.Error.WriteLine($"checked {result.Notes} notes, {result.Calls} calls");
        return result.HasErrors ? ExitCodes.NoteErrors : ExitCodes.Success;
    }
}
