using System.CommandLine;
using ArchiveSite.Rendering;
using System.Globalization;
using ArchiveSite.Configuration;
using ArchiveSite.Output;
using ArchiveSite.Search;
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
        var theme = CommonOptions.Theme();
        var pagefind = CommonOptions.Pagefind();
        var config = CommonOptions.Config();
        var summary = CommonOptions.Summary();
        var outputs = CommonOptions.Outputs();
        var cache = new CacheOptions();
        var verbose = CommonOptions.Verbose();
        var command = new Command("build", """
            Build the archive site: a page per call, person, repository and PR/issue, with feed, sitemap and search.

            Examples:
              archive-site build
              archive-site build --content ../community/meeting-notes --out public
              archive-site build --content ../community/meeting-notes --config examples/falco/archive.yml
              archive-site build --base-url https://deploy-preview-42--archive.netlify.app/ --no-search
            Exit codes: 0 built, 1 a note, the theme or a link has errors (all are printed; the previous site is kept),
            2 bad arguments or I/O (a refused --out, another build writing the same --out, Pagefind missing).
            """) { content, output, baseUrl, noSearch, theme, pagefind, config, summary, outputs, cache.Folder, cache.Off, verbose };
        command.SetAction(parse => Run(new BuildOptions(
            parse.GetValue(content)!.FullName, parse.GetValue(output)!.FullName, parse.GetValue(baseUrl), !parse.GetValue(noSearch),
            Cache: cache.Open(parse),
            Theme: parse.GetValue(theme)?.FullName, Pagefind: parse.GetValue(pagefind)?.FullName, SettingsFile: parse.GetValue(config)?.FullName),
            parse.GetValue(summary)?.FullName, parse.GetValue(outputs)?.FullName, parse.GetValue(verbose)));
        return command;
    }

    private static int Run(BuildOptions options, string? summaryFile, string? outputsFile, bool verbose)
    {
        // Everything that makes the command unusable is said before a single note is read.
        if (!Directory.Exists(options.Content))
            return Usage($"{options.Content}: error: content folder does not exist; pass --content DIR");
        if (options.BaseUrl is not null && SiteSettingsLoader.BaseUrlProblem(options.BaseUrl) is { } badUrl)
            return Usage($"error: --base-url {badUrl}");
        options = options with { Configuration = options.ReadConfiguration() };
        if (SiteBuilder.OutputRefusal(options) is { } refusal)
            return Usage($"{options.Output}: error: {refusal}");
        if (options.Search && PagefindIndexer.Locate(options.Pagefind) is null)
            return Usage($"error: the search indexer (Pagefind) is not installed: {PagefindIndexer.InstallHint}");

        BuildResult result;
        try
        {
            result = SiteBuilder.Build(options, Progress.Line, Progress.Pages);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Usage($"{options.Output}: error: {e.Message}");
        }
        DiagnosticPrinter.Print(result.Diagnostics, Console.Error, verbose);
        var total = result.Stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Time);
        var line = result.Succeeded
            ? $"built {result.Pages} pages for {result.Calls} calls from {result.Notes} notes into {options.Output} in {total.TotalSeconds:0.00} s"
            : $"build failed; {options.Output} was left as it was";
        Summarize(result, options, line, summaryFile, outputsFile);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(line);
            return ExitCodes.NoteErrors;
        }
        Console.Out.WriteLine(line);
        return ExitCodes.Success;
    }

    private static void Summarize(BuildResult result, BuildOptions options, string line, string? summaryFile, string? outputsFile)
    {
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        JobSummary.AppendMarkdown(summaryFile, JobSummary.Markdown(result.Succeeded ? "ArchiveSite build" : "ArchiveSite build failed",
            [("notes", N(result.Notes)), ("calls", N(result.Calls)), ("pages", N(result.Pages)),
             ("people", N(result.People)), ("pull requests and issues", N(result.References)),
             ("errors", N(result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error))),
             ("warnings", N(result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Warning)))],
            result.Diagnostics, result.Stages, line));
        JobSummary.AppendOutputs(outputsFile, [("site", options.Output), ("calls", N(result.Calls)), ("pages", N(result.Pages)),
            ("succeeded", result.Succeeded ? "true" : "false")]);
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine(message);
        return ExitCodes.UsageOrIo;
    }
}
