using System.CommandLine;
using System.Globalization;
using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.GitHub;
using ArchiveSite.Refs;
using ArchiveSite.Site;

namespace ArchiveSite.Cli.Commands;

/// <summary>
/// <c>archive-site refs sync</c>: fetches what GitHub says of every discussed pull request and issue into
/// refs.json (beside archive.yml), which <c>build</c> reads without touching the network.
/// </summary>
internal static class RefsCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var config = CommonOptions.Config();
        var cache = new CacheOptions();
        var missing = new Option<bool>("--missing") { Description = "Fetch only references refs.json does not have yet" };
        var all = new Option<bool>("--all") { Description = "Ask again about every reference (unchanged ones cost a free 304)" };
        var since = new Option<string?>("--since") { Description = "Only references discussed in calls on or after this date (YYYY-MM-DD)" };
        var maxWait = new Option<int>("--max-wait")
        {
            Description = "Seconds to wait for a rate limit to reset before stopping (the next run resumes); default 60",
            DefaultValueFactory = _ => 60,
        };
        var sync = new Command("sync", """
            Fetch title, kind, state, author, labels and milestone of every discussed PR, issue and discussion
            from GitHub into refs.json beside archive.yml. Commit the file with the notes: build reads it and
            never touches the network.

            Uses GITHUB_TOKEN when set (5,000 requests an hour, and GraphQL: fifty references a request);
            without it GitHub allows 60 requests an hour. GITHUB_API_URL / GITHUB_GRAPHQL_URL point it at
            GitHub Enterprise Server (GitHub Actions sets them).

            Examples:
              archive-site refs sync --content content
              GITHUB_TOKEN=$(gh auth token) archive-site refs sync --content content --since 2024-01-01
            Exit codes: 0 done, 1 some references could not be fetched (listed), 2 bad arguments or I/O,
            3 stopped at a rate limit (what was fetched is saved; run it again later to go on).
            """) { content, config, missing, all, since, maxWait, cache.Folder, cache.Off };
        sync.SetAction(async (parse, cancel) =>
        {
            if (parse.GetValue(missing) && parse.GetValue(all))
            {
                Console.Error.WriteLine("error: --missing and --all ask for opposite things; give one");
                return ExitCodes.UsageOrIo;
            }
            DateOnly? from = null;
            if (parse.GetValue(since) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    Console.Error.WriteLine($"error: --since '{text}' is not a date such as 2024-01-31");
                    return ExitCodes.UsageOrIo;
                }
                from = date;
            }
            var mode = parse.GetValue(missing) ? SyncMode.Missing : parse.GetValue(all) ? SyncMode.All : SyncMode.Changed;
            var options = new SyncOptions(mode, from, TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(maxWait))));
            return await Run(parse.GetValue(content)!, parse.GetValue(config), options, GitHubEndpoint.FromEnvironment(),
                cache.Open(parse), cancel);
        });
        return new Command("refs", "What GitHub says of the pull requests and issues the calls discussed (refs.json)") { sync };
    }

    internal static async Task<int> Run(DirectoryInfo content, FileInfo? config, SyncOptions options, GitHubEndpoint endpoint, BuildCache cache, CancellationToken cancel)
    {
        if (CommonOptions.ContentIsMissing(content)) return ExitCodes.UsageOrIo;
        var configuration = SiteConfiguration.Read(content.FullName, config?.FullName);
        var loaded = cache.Load(configuration);
        // The notes' own problems are check's business; refs.json's are this command's.
        DiagnosticPrinter.Print(loaded.Diagnostics.Where(d => d.File == RefsFile.FileName).ToList(), Console.Error);
        var noteErrors = loaded.Diagnostics.Count(d => d.Severity == Severity.Error && d.File != RefsFile.FileName);
        if (noteErrors > 0) Console.Error.WriteLine($"note: {noteErrors} error(s) in the notes or settings (`archive-site check` lists them); syncing the references that could be read");

        var path = Path.Combine(configuration.SettingsFolder.Root, RefsFile.FileName);
        var targets = SyncTarget.Of(loaded.Archive, options.Since);
        Console.Error.WriteLine($"{targets.Count} {(targets.Count == 1 ? "reference" : "references")} to sync with {endpoint.ApiUrl.Host}{(endpoint.Token is null ? " (no GITHUB_TOKEN: 60 requests an hour)" : "")}");

        var report = await new RefsSync(endpoint, path, loaded.Refs, options, line => Console.Error.WriteLine(line)).Run(targets, cancel);
        Console.Error.WriteLine($"{RefsFile.FileName}: {report.Fetched} new, {report.Changed} changed, {report.Unchanged} unchanged, {report.NotFound} not found; {report.Requests} {(report.Requests == 1 ? "request" : "requests")}");
        foreach (var skipped in report.Skipped) Console.Error.WriteLine($"skipped: {skipped}");
        foreach (var failed in report.Failed) Console.Error.WriteLine($"error: {failed}");
        if (report.StoppedBecause is { } reason)
        {
            Console.Error.WriteLine($"stopped: {reason}");
            return ExitCodes.Incomplete;
        }
        return report.Failed.Count > 0 ? ExitCodes.NoteErrors : ExitCodes.Success;
    }
}
