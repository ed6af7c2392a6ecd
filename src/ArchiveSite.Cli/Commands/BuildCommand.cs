using System.CommandLine;
using ArchiveSite.Site;

namespace ArchiveSite.Cli.Commands;

/// <summary><c>archive-site build</c>: the whole site, swapped in only when complete.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "Folder to write the site to; replaced as a whole when the build succeeds (default: _site)",
            DefaultValueFactory = _ => new DirectoryInfo("_site"),
        };
        var baseUrl = new Option<string?>("--base-url") { Description = "Where the site is published (overrides base_url in archive.yml)" };
        var noSearch = new Option<bool>("--no-search") { Description = "Skip the search index" };
        var command = new Command("build", """
            Build the archive site: a page per call, person, repository and PR/issue, with feed, sitemap and search.

            Examples:
              archive-site build
              archive-site build --content ../community/meeting-notes --out public
              archive-site build --base-url https://deploy-preview-42--archive.netlify.app/ --no-search
            Exit codes: 0 built, 1 a note, the theme or a link has errors (all are printed; the previous site is kept), 2 bad arguments or I/O.
            """) { content, output, baseUrl, noSearch };
        command.SetAction(parse => Run(parse.GetValue(content)!, parse.GetValue(output)!, parse.GetValue(baseUrl), !parse.GetValue(noSearch)));
        return command;
    }

    private static int Run(DirectoryInfo content, DirectoryInfo output, string? baseUrl, bool search)
    {
        if (!content.Exists)
        {
            Console.Error.WriteLine($"{content.FullName}: error: content folder does not exist; pass --content DIR");
            return ExitCodes.UsageOrIo;
        }
        BuildResult result;
        try
        {
            result = SiteBuilder.Build(new BuildOptions(content.FullName, output.FullName, baseUrl, search), Progress.Line, Progress.Pages);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"{output.FullName}: error: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine($"{output.FullName}: error: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
        DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"build failed; {output.FullName} was left as it was");
            return ExitCodes.NoteErrors;
        }
        var total = result.Stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Time);
        Console.Out.WriteLine($"built {result.Pages} pages for {result.Calls} calls from {result.Notes} notes into {output.FullName} in {total.TotalSeconds:0.00} s");
        return ExitCodes.Success;
    }
}
