using System.CommandLine;
using System.Globalization;
using ArchiveSite.Checking;
using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.Site;

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
        var notes = new Argument<string[]>("notes")
        {
            Description = "Notes changed by the pull request: their findings in full, the rest of the folder's as a count",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var changedSince = new Option<string?>("--changed-since")
        {
            Description = "A git revision (origin/main): check the notes changed since it, as `notes` would name them",
        };
        var list = new Option<string?>("--list")
        {
            Description = "Print what the notes were read to say instead of checking: speakers (who said what), decisions or actions, one a line as file:line",
        };
        list.AcceptOnlyFromAmong([.. MinutesListing.Kinds]);
        var summary = CommonOptions.Summary();
        var outputs = CommonOptions.Outputs();
        var cache = new CacheOptions();
        var verbose = CommonOptions.Verbose();
        var command = new Command("check", """
            Check the notes without publishing: everything that would fail `build` (the site is rendered and its
            links checked in a temporary folder), and what a reviewer wants to know: unknown people and nicknames,
            attendee lines that name nobody, links to files that are not notes, dates that disagree, duplicate or
            conflicting calls, mojibake, profile links whose text and address disagree, repositories outside
            archive.yml's list, symbolic links and oversized notes.

            With notes named, or --changed-since, only the findings of those notes are printed (and findings
            elsewhere that name them, such as a duplicate of a call they hold); the rest are counted in one line.
            The exit code still counts every error: a green check means a green build.

            Examples:
              archive-site check
              archive-site check --content meeting-notes --format github   # in a pull request's workflow
              archive-site check --content meeting-notes --changed-since origin/main --format github --summary "$GITHUB_STEP_SUMMARY"
              archive-site check --content meeting-notes meeting-notes/2024-03-06.md
              archive-site check --content meeting-notes --list actions    # every action item, open or done, with its owners
            Exit codes: 0 no errors (warnings may be printed), 1 errors, 2 bad arguments or I/O.
            """) { content, format, theme, config, notes, changedSince, list, summary, outputs, cache.Folder, cache.Off, verbose };
        command.SetAction(parse =>
        {
            var buildCache = cache.Open(parse);
            return parse.GetValue(list) is { } kind
                ? List(parse.GetValue(content)!, parse.GetValue(config), kind, buildCache)
                : Run(parse.GetValue(content)!, parse.GetValue(format)!, parse.GetValue(theme), parse.GetValue(config),
                    parse.GetValue(notes) ?? [], parse.GetValue(changedSince), parse.GetValue(summary)?.FullName, parse.GetValue(outputs)?.FullName,
                    buildCache, parse.GetValue(verbose));
        });
        return command;
    }

    private static int List(DirectoryInfo content, FileInfo? config, string kind, BuildCache cache)
    {
        if (CommonOptions.ContentIsMissing(content)) return ExitCodes.UsageOrIo;
        var loaded = cache.Load(SiteConfiguration.Read(content.FullName, config?.FullName));
        var count = 0;
        foreach (var line in MinutesListing.Lines(loaded.Archive, kind))
        {
            Console.Out.WriteLine(line);
            count++;
        }
        Console.Error.WriteLine($"{count} {kind switch { "speakers" => "statements", _ => kind }} in {loaded.Archive.Meetings.Count} calls");
        return ExitCodes.Success;
    }

    private static int Run(DirectoryInfo content, string format, DirectoryInfo? theme, FileInfo? config, string[] notes,
        string? changedSince, string? summaryFile, string? outputsFile, BuildCache cache, bool verbose)
    {
        if (CommonOptions.ContentIsMissing(content)) return ExitCodes.UsageOrIo;
        IReadOnlyList<string>? changed = null;
        if (changedSince is not null || notes.Length > 0)
        {
            try
            {
                changed = notes.Select(n => Path.GetRelativePath(content.FullName, Path.GetFullPath(n)).Replace('\\', '/'))
                    .Concat(changedSince is null ? [] : GitChanges.Since(content.FullName, changedSince)).ToList();
            }
            catch (GitChanges.GitChangesException e)
            {
                Console.Error.WriteLine($"error: --changed-since {changedSince}: {e.Message}");
                return ExitCodes.UsageOrIo;
            }
        }
        var result = NoteChecker.Check(content.FullName, theme?.FullName, cache, config?.FullName);
        var scope = changed is null ? new ChangeScope.Result(result.Diagnostics, 0, 0) : ChangeScope.Apply(result.Diagnostics, changed);
        if (format == "github")
        {
            // Workflow commands are read from stdout.
            GitHubAnnotations.Write(scope.Shown, content.FullName, ConsoleLines.RawOut, verbose);
        }
        else
        {
            DiagnosticPrinter.Print(scope.Shown, Console.Error, verbose);
        }
        var untouched = scope.Others == 0 ? null
            : $"{scope.Others} more {(scope.Others == 1 ? "finding" : "findings")} in {scope.OtherNotes} {(scope.OtherNotes == 1 ? "note" : "notes")} this change did not touch (run check without --changed-since or notes to see them)";
        if (untouched is not null) Console.Error.WriteLine(untouched);
        foreach (var line in result.Inferred) Console.Error.WriteLine($"inferred: {line}");
        Console.Error.WriteLine($"checked {result.Notes} notes, {result.Calls} calls");

        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count - errors;
        JobSummary.AppendMarkdown(summaryFile, JobSummary.Markdown(
            changed is null ? "ArchiveSite check" : $"ArchiveSite check of {changed.Count} changed {(changed.Count == 1 ? "file" : "files")}",
            [("notes", result.Notes.ToString(CultureInfo.InvariantCulture)), ("calls", result.Calls.ToString(CultureInfo.InvariantCulture)),
             ("errors", errors.ToString(CultureInfo.InvariantCulture)), ("warnings", warnings.ToString(CultureInfo.InvariantCulture)),
             ("on the changed notes", scope.Shown.Count.ToString(CultureInfo.InvariantCulture))],
            scope.Shown, footnote: untouched));
        JobSummary.AppendOutputs(outputsFile, [("calls", result.Calls.ToString(CultureInfo.InvariantCulture)),
            ("errors", errors.ToString(CultureInfo.InvariantCulture)), ("warnings", warnings.ToString(CultureInfo.InvariantCulture))]);
        return result.HasErrors ? ExitCodes.NoteErrors : ExitCodes.Success;
    }
}
