using System.CommandLine;
using System.Globalization;
using ArchiveSite.Authoring;
using ArchiveSite.Configuration;
using ArchiveSite.Site;

namespace ArchiveSite.Cli.Commands;

/// <summary><c>archive-site new</c>: write next call's note from the series' template.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var cache = new CacheOptions();
        var date = new Option<string?>("--date") { Description = "The call's date, yyyy-mm-dd (default: the series' next regular date)" };
        var series = new Option<string?>("--series")
        {
            Description = "The series' slug, as in its /series/SLUG/ page (default: the series with most calls)",
        };
        var command = new Command("new", """
            Write the next call's note from the series' template (templates/SERIES.md in the content folder),
            with its date and the MC the previous call named; print its path. Never overwrites a note.

            Examples:
              archive-site new
              archive-site new --series office-hours --date 2024-06-06
            Exit codes: 0 written, 1 the note exists or no date can be worked out, 2 bad arguments or I/O.
            """) { content, date, series, cache.Folder, cache.Off };
        command.SetAction(parse => Run(parse.GetValue(content)!, parse.GetValue(date), parse.GetValue(series),
            cache.Open(parse)));
        return command;
    }

    private static int Run(DirectoryInfo content, string? dateText, string? series, BuildCache cache)
    {
        if (CommonOptions.ContentIsMissing(content)) return ExitCodes.UsageOrIo;
        DateOnly? date = null;
        if (dateText is not null)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                Console.Error.WriteLine($"error: --date '{dateText}' is not a date; write yyyy-mm-dd");
                return ExitCodes.UsageOrIo;
            }
            date = parsed;
        }
        var archive = cache.Load(SiteConfiguration.Read(content.FullName)).Archive;
        NextNote.Plan plan;
        try
        {
            var slug = series ?? (archive.Series.Count > 0 ? archive.Series[0].Slug : null)
                ?? throw new InvalidOperationException("the archive has no call yet, so no series to follow; pass --series SLUG --date yyyy-mm-dd");
            plan = NextNote.Make(content.FullName, archive, slug, date, DateOnly.FromDateTime(DateTime.Now));
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.NoteErrors;
        }
        try
        {
            using var file = new FileStream(plan.Path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(file, new System.Text.UTF8Encoding(false));
            writer.Write(plan.Text);
        }
        catch (IOException) when (File.Exists(plan.Path))
        {
            Console.Error.WriteLine($"{plan.Path}: error: the note already exists; it was left as it is (pass another --date to write a different call)");
            return ExitCodes.NoteErrors;
        }
        Console.Error.WriteLine($"from {plan.Template}, dated {plan.Date:yyyy-MM-dd}, MC {plan.Mc ?? "(none named by the previous call)"}");
        Console.Out.WriteLine(plan.Path);
        return ExitCodes.Success;
    }
}
