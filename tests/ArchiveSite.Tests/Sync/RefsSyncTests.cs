using System.Text.Json;
using ArchiveSite.Diagnostics;
using ArchiveSite.GitHub;
using ArchiveSite.Refs;
using ArchiveSite.Loading;
using ArchiveSite.Model;
using ArchiveSite.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ArchiveSite.Tests.Sync;

/// <summary>
/// <c>refs sync</c> through Octokit against a local server that answers as GitHub does: what lands in refs.json
/// for merged, closed, open, renamed, transferred and deleted references; entity tags; listing changes page by
/// page; rate limits waited out or stopped at and resumed; GraphQL batches.
/// </summary>
public sealed class RefsSyncTests : IDisposable
{
    private const string Note = """
        # Widgets call 2024-03-05

        ## Agenda
        - [Faster widget loading](https://github.com/acme/widgets/pull/1)
        - Crash on start https://github.com/acme/widgets/issues/2
        - https://github.com/acme/widgets/pull/3 is ready for review
        - The old repository's PR https://github.com/acme/oldname/pull/4
        - Moved issue https://github.com/acme/widgets/issues/5
        - A PR in a deleted repository https://github.com/gone/repo/pull/6
        """;

    private readonly FakeGitHub _github = new();
    private readonly TempFolder _content = new();
    private readonly List<string> _log = [];

    public RefsSyncTests() => _content.Write("2024-03-05.md", Note);

    public void Dispose()
    {
        _github.Dispose();
        _content.Dispose();
    }

    private string RefsPath => Path.Combine(_content.Path, RefsFile.FileName);

    private void ServeTheSix()
    {
        _github.Issue("acme", "widgets", 1, _github.IssueJson("acme", "widgets", 1, "Load widgets lazily", "closed", "ada-l",
            ["kind/feature", "area/loader"], "1.4.0", pull: true, mergedAt: "2024-03-07T16:20:00Z", closedAt: "2024-03-07T16:20:00Z"), "W/\"etag-1\"");
        _github.Issue("acme", "widgets", 2, _github.IssueJson("acme", "widgets", 2, "Crash on start <script>alert(1)</script>", "closed", "grace",
            ["kind/bug"], closedAt: "2024-03-10T09:00:00Z"), "W/\"etag-2\"");
        _github.Issue("acme", "widgets", 3, _github.IssueJson("acme", "widgets", 3, "Add a dark theme", author: "ada-l", pull: true), "W/\"etag-3\"");
        // acme/oldname was renamed acme/newname: GitHub redirects by repository id.
        _github.MovedPermanently("/repos/acme/oldname/issues/4", "/repositories/99/issues/4");
        _github.Server.Given(Request.Create().WithPath("/api/v3/repositories/99/issues/4").UsingGet())
            .RespondWith(FakeGitHub.Json(_github.IssueJson("acme", "newname", 4, "Rename the loader", "open", pull: true)));
        // acme/widgets#5 was transferred to acme/gadgets, where it is #12.
        _github.MovedPermanently("/repos/acme/widgets/issues/5", "/repositories/7/issues/12");
        _github.Server.Given(Request.Create().WithPath("/api/v3/repositories/7/issues/12").UsingGet())
            .RespondWith(FakeGitHub.Json(_github.IssueJson("acme", "gadgets", 12, "Gadgets break widgets")));
        _github.NotFound("/repos/gone/repo/issues/6");
    }

    private async Task<SyncReport> Sync(SyncOptions? options = null, string? token = null)
    {
        var loaded = ArchiveLoader.Load(_content.Path);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        var cache = RefsFile.Read(new ContentFolder(_content.Path), new DiagnosticBag());
        return await new RefsSync(_github.Endpoint(token), RefsPath, cache, options ?? new SyncOptions(), _log.Add)
            .Run(SyncTarget.Of(loaded.Archive, options?.Since), TestContext.Current.CancellationToken);
    }

    private static RefsCache Read(string path)
    {
        var diagnostics = new DiagnosticBag();
        var cache = RefsFile.Parse(RefsFile.FileName, File.ReadAllBytes(path), diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return cache;
    }

    private static ReferenceKey Key(string owner, string repo, int number) => ReferenceKey.Create(owner, repo, number);

    [Fact]
    public async Task FirstSyncWritesWhatGitHubSaysOfEachReference()
    {
        ServeTheSix();
        var report = await Sync();

        Assert.Null(report.StoppedBecause);
        Assert.True(report.Failed.Count == 0, string.Join("\n", report.Failed));
        Assert.True((5, 1) == (report.Fetched, report.NotFound), string.Join("\n", _github.Requests.Select(r => $"{r.RequestMessage.Path} {r.ResponseMessage.StatusCode} {string.Join(",", r.ResponseMessage.Headers?.Keys ?? [])}")));
        var cache = Read(RefsPath);
        var merged = cache.References[Key("acme", "widgets", 1)];
        Assert.Equal((ReferenceKind.Pull, ReferenceState.Merged, new DateOnly(2024, 3, 7)), (merged.Kind, merged.State, merged.StateDate));
        Assert.Equal(("Load widgets lazily", "ada-l", "1.4.0", "W/\"etag-1\""), (merged.Title, merged.Author, merged.Milestone, merged.ETag));
        Assert.Equal(["area/loader", "kind/feature"], merged.Labels);
        var closed = cache.References[Key("acme", "widgets", 2)];
        Assert.Equal((ReferenceKind.Issue, ReferenceState.Closed, new DateOnly(2024, 3, 10)), (closed.Kind, closed.State, closed.StateDate));
        var open = cache.References[Key("acme", "widgets", 3)];
        Assert.Equal((ReferenceKind.Pull, ReferenceState.Open, null), (open.Kind, open.State, open.StateDate));
        Assert.Equal("https://github.com/acme/newname/pull/4", cache.References[Key("acme", "oldname", 4)].Url);
        Assert.Equal("https://github.com/acme/gadgets/issues/12", cache.References[Key("acme", "widgets", 5)].Url);
        Assert.Equal(ReferenceState.NotFound, cache.References[Key("gone", "repo", 6)].State);
        Assert.Contains("acme/widgets", cache.CheckedThrough.Keys);

        // Sorted by owner, repository and number, one field a line, ending in a newline: diffs show what changed.
        var text = File.ReadAllText(RefsPath);
        Assert.True(text.IndexOf("\"acme/oldname#4\"", StringComparison.Ordinal) < text.IndexOf("\"acme/widgets#1\"", StringComparison.Ordinal)
                    && text.IndexOf("\"acme/widgets#5\"", StringComparison.Ordinal) < text.IndexOf("\"gone/repo#6\"", StringComparison.Ordinal), text);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.Contains("\n      \"title\": \"Load widgets lazily\",\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnchangedReferenceIsA304ForItsEntityTag()
    {
        ServeTheSix();
        await Sync();
        _github.NotModified("acme", "widgets", 1, "W/\"etag-1\"");
        _github.Server.ResetLogEntries();

        var report = await Sync(new SyncOptions(SyncMode.All));

        var first = _github.Requests.Single(r => r.RequestMessage.Path == "/api/v3/repos/acme/widgets/issues/1");
        Assert.Equal("W/\"etag-1\"", first.RequestMessage.Headers!["If-None-Match"].Single());
        Assert.Equal(304, first.ResponseMessage.StatusCode);
        Assert.True(report.Unchanged >= 1, $"{report.Unchanged} unchanged");
        Assert.Equal("Load widgets lazily", Read(RefsPath).References[Key("acme", "widgets", 1)].Title);
    }

    [Fact]
    public async Task AReferenceGitHubNoLongerFindsKeepsWhatWasKnownOfIt()
    {
        ServeTheSix();
        await Sync();
        // The repository was deleted: every request about it is a 404 now.
        _github.Server.Given(Request.Create().WithPath("/api/v3/repos/acme/widgets/issues/1").UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(404).WithBodyAsJson(new { message = "Not Found" }));

        var report = await Sync(new SyncOptions(SyncMode.All));

        Assert.True(report.NotFound >= 1);
        var gone = Read(RefsPath).References[Key("acme", "widgets", 1)];
        Assert.Equal((ReferenceState.NotFound, ReferenceKind.Pull, "Load widgets lazily", "ada-l"), (gone.State, gone.Kind, gone.Title, gone.Author));
    }

    [Fact]
    public async Task TheEverydaySyncListsARepositorysChangesPageByPage()
    {
        ServeTheSix();
        await Sync();
        _github.Server.ResetLogEntries();
        // Since the last sync #3 was merged and #2 reopened, on two pages of two (Link: rel="next").
        var page2 = $"{_github.Api}/repositories/1/issues?state=all&since=x&page=2&per_page=2";
        _github.Server.Given(Request.Create().WithPath("/api/v3/repos/acme/widgets/issues").UsingGet().WithParam("since"))
            .RespondWith(FakeGitHub.Json(null)
                .WithHeader("Link", $"<{page2}>; rel=\"next\", <{page2}>; rel=\"last\"")
                .WithBodyAsJson(new[]
                {
                    _github.IssueJson("acme", "widgets", 3, "Add a dark theme", "closed", "ada-l", pull: true, mergedAt: "2024-04-01T08:00:00Z", closedAt: "2024-04-01T08:00:00Z"),
                    _github.IssueJson("acme", "widgets", 40, "Something nobody discussed"),
                }));
        _github.Server.Given(Request.Create().WithPath("/api/v3/repositories/1/issues").UsingGet())
            .RespondWith(FakeGitHub.Json(new[]
            {
                _github.IssueJson("acme", "widgets", 2, "Crash on start", "open", "grace", ["kind/bug"]),
            }));

        var report = await Sync(new SyncOptions(PageSize: 2));

        Assert.Equal(["/api/v3/repos/acme/widgets/issues", "/api/v3/repositories/1/issues"],
            _github.Paths.Where(p => p.Contains("widgets/issues", StringComparison.Ordinal) || p.StartsWith("/api/v3/repositories/1/", StringComparison.Ordinal)));
        var cache = Read(RefsPath);
        Assert.Equal((ReferenceState.Merged, new DateOnly(2024, 4, 1)), (cache.References[Key("acme", "widgets", 3)].State, cache.References[Key("acme", "widgets", 3)].StateDate));
        Assert.Equal(ReferenceState.Open, cache.References[Key("acme", "widgets", 2)].State);
        Assert.False(cache.References.ContainsKey(Key("acme", "widgets", 40)), "only discussed references are kept");
        Assert.Equal(2, report.Changed);
    }

    [Fact]
    public async Task TheTokenGoesOnlyToTheApisOwnOrigin()
    {
        // A next page on another port of the same host: Octokit keeps the token when the host stays the same.
        // The sync must refuse to go, and the other server must see nothing.
        using var other = new FakeGitHub();
        ServeTheSix();
        await Sync(token: "secret-token");
        _github.Server.ResetLogEntries();
        var page2 = other.Api + "/repositories/1/issues?page=2";
        _github.Server.Given(Request.Create().WithPath("/api/v3/repos/acme/widgets/issues").UsingGet().WithParam("since"))
            .RespondWith(FakeGitHub.Json(null)
                .WithHeader("Link", $"<{page2}>; rel=\"next\", <{page2}>; rel=\"last\"")
                .WithBodyAsJson(new[] { _github.IssueJson("acme", "widgets", 3, "Add a dark theme", "open", "ada-l", pull: true) }));
        other.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(FakeGitHub.Json(Array.Empty<object>()));

        var report = await Sync(new SyncOptions(PageSize: 1), token: "secret-token");

        Assert.Empty(other.Requests);
        Assert.NotNull(report.StoppedBecause);
        Assert.Contains($"refused to send the token to {new Uri(other.Api).GetLeftPart(UriPartial.Authority)}", report.StoppedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARedirectToAnotherOriginIsRefused()
    {
        using var other = new FakeGitHub();
        _github.Server.Given(Request.Create().WithPath("/api/v3/repos/acme/widgets/issues/1").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(301).WithHeader("Location", other.Api + "/repositories/1/issues/1"));
        other.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(FakeGitHub.Json(_github.IssueJson("acme", "widgets", 1, "Stolen")));

        var report = await Sync(token: "secret-token");

        Assert.Empty(other.Requests);
        Assert.Contains("refused to send the token", report.StoppedBecause ?? string.Join("\n", report.Failed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARateLimitThatResetsSoonIsWaitedOut()
    {
        ServeTheSix();
        _github.Server.Given(Request.Create().WithPath("/api/v3/repos/acme/widgets/issues/2").UsingGet())
            .InScenario("limit").WillSetStateTo("reset").AtPriority(1)
            .RespondWith(FakeGitHub.RateLimited(DateTimeOffset.UtcNow.AddSeconds(1)));

        var report = await Sync();

        Assert.Null(report.StoppedBecause);
        Assert.Contains(_log, l => l.StartsWith("rate limit reached; waiting", StringComparison.Ordinal));
        Assert.Equal(ReferenceState.Closed, Read(RefsPath).References[Key("acme", "widgets", 2)].State);
    }

    [Fact]
    public async Task ALaterResetStopsTheSyncWithItsWorkSavedAndTheNextRunResumes()
    {
        ServeTheSix();
        var reset = DateTimeOffset.UtcNow.AddHours(1);
        var limit = Guid.NewGuid();
        _github.Server.Given(Request.Create().WithPath("/api/v3/repos/acme/widgets/issues/3").UsingGet())
            .WithGuid(limit).AtPriority(1)
            .RespondWith(FakeGitHub.RateLimited(reset));

        var stopped = await Sync();

        Assert.NotNull(stopped.StoppedBecause);
        Assert.Contains($"until {reset.UtcDateTime:yyyy-MM-dd HH:mm} UTC", stopped.StoppedBecause, StringComparison.Ordinal);
        var saved = Read(RefsPath);
        Assert.True(saved.References.ContainsKey(Key("acme", "widgets", 1)), "what was fetched before the limit is kept");
        Assert.False(saved.References.ContainsKey(Key("acme", "widgets", 3)));
        Assert.Empty(saved.CheckedThrough);

        // The limit is over: the next run asks only for what it does not have.
        _github.Server.DeleteMapping(limit);
        _github.Server.ResetLogEntries();
        var resumed = await Sync(new SyncOptions(SyncMode.Missing));

        Assert.Null(resumed.StoppedBecause);
        Assert.DoesNotContain("/api/v3/repos/acme/widgets/issues/1", _github.Paths);
        Assert.Contains("/api/v3/repos/acme/widgets/issues/3", _github.Paths);
        Assert.Equal(6, Read(RefsPath).References.Count);
    }

    [Fact]
    public async Task WithATokenReferencesAreFetchedFiftyToAGraphQlQuery()
    {
        ServeTheSix();
        string? query = null;
        _github.Server.Given(Request.Create().WithPath("/api/graphql").UsingPost().WithHeader("Authorization", "bearer secret-token"))
            .RespondWith(Response.Create().WithCallback(request =>
            {
                query = JsonDocument.Parse(request.Body!).RootElement.GetProperty("query").GetString();
                return new WireMock.ResponseMessage
                {
                    StatusCode = 200,
                    Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                    BodyData = new WireMock.Util.BodyData
                    {
                        DetectedBodyType = WireMock.Types.BodyType.String,
                        BodyAsString = GraphQlAnswer,
                    },
                };
            }));

        var report = await Sync(token: "secret-token");

        Assert.Null(report.StoppedBecause);
        Assert.Single(_github.Paths, p => p == "/api/graphql");
        Assert.Contains("issueOrPullRequest(number: 1)", query, StringComparison.Ordinal);
        Assert.Contains("issueOrPullRequest(number: 6)", query, StringComparison.Ordinal);
        // GraphQL found #1 and #3; the rest (moved, transferred, deleted) were asked of REST, which follows redirects.
        Assert.DoesNotContain("/api/v3/repos/acme/widgets/issues/1", _github.Paths);
        Assert.Contains("/api/v3/repos/acme/widgets/issues/5", _github.Paths);
        var cache = Read(RefsPath);
        var one = cache.References[Key("acme", "widgets", 1)];
        Assert.Equal((ReferenceKind.Pull, ReferenceState.Merged, new DateOnly(2024, 3, 7), "ada-l"), (one.Kind, one.State, one.StateDate, one.Author));
        Assert.Equal(["kind/feature"], one.Labels);
        Assert.Equal("https://github.com/acme/gadgets/issues/12", cache.References[Key("acme", "widgets", 5)].Url);
        Assert.Equal(6, cache.References.Count);
    }

    [Fact]
    public async Task AGraphQlFailureFallsBackToRestAndABadTokenStops()
    {
        ServeTheSix();
        _github.Server.Given(Request.Create().WithPath("/api/graphql").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(502).WithBody("Bad gateway"));

        var report = await Sync(token: "secret-token");

        Assert.Null(report.StoppedBecause);
        Assert.Contains(_log, l => l.StartsWith("GraphQL could not answer", StringComparison.Ordinal));
        Assert.Equal(6, Read(RefsPath).References.Count);

        File.Delete(RefsPath);
        _github.Server.Given(Request.Create().UsingAnyMethod()).AtPriority(0)
            .RespondWith(Response.Create().WithStatusCode(401).WithBodyAsJson(new { message = "Bad credentials", documentation_url = "https://docs.github.com/rest" }));
        var refused = await Sync(token: "expired-token");
        Assert.Contains("GitHub refused GITHUB_TOKEN (401 Bad credentials)", refused.StoppedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreachableGitHubStopsAfterThreeTries()
    {
        var loaded = ArchiveLoader.Load(_content.Path);
        var nowhere = new GitHubEndpoint(new Uri("http://127.0.0.1:1/api/v3/"), new Uri("http://127.0.0.1:1/api/graphql"), null);

        var report = await new RefsSync(nowhere, RefsPath, RefsCache.Empty, new SyncOptions(), _log.Add).Run(SyncTarget.Of(loaded.Archive, null), TestContext.Current.CancellationToken);

        Assert.Contains("GitHub cannot be reached at http://127.0.0.1:1/api/v3/", report.StoppedBecause, StringComparison.Ordinal);
        Assert.Equal(3, report.Failed.Count);
    }

    private const string GraphQlAnswer = """
        {
          "data": {
            "r0": null,
            "r1": {
              "n1": { "__typename": "PullRequest", "title": "Load widgets lazily", "url": "https://github.com/acme/widgets/pull/1",
                      "state": "MERGED", "mergedAt": "2024-03-07T16:20:00Z", "closedAt": "2024-03-07T16:20:00Z",
                      "author": { "login": "ada-l" }, "labels": { "nodes": [ { "name": "kind/feature" } ] }, "milestone": { "title": "1.4.0" } },
              "n2": { "__typename": "Issue", "title": "Crash on start", "url": "https://github.com/acme/widgets/issues/2",
                      "state": "CLOSED", "closedAt": "2024-03-10T09:00:00Z", "author": { "login": "grace" }, "labels": { "nodes": [] }, "milestone": null },
              "n3": { "__typename": "PullRequest", "title": "Add a dark theme", "url": "https://github.com/acme/widgets/pull/3",
                      "state": "OPEN", "mergedAt": null, "closedAt": null, "author": { "login": "ada-l" }, "labels": { "nodes": [] }, "milestone": null },
              "n5": null
            },
            "r2": null,
            "rateLimit": { "remaining": 4999, "resetAt": "2030-01-01T00:00:00Z" }
          },
          "errors": [
            { "type": "NOT_FOUND", "path": ["r0"], "message": "Could not resolve to a Repository with the name 'acme/oldname'." },
            { "type": "NOT_FOUND", "path": ["r1", "n5"], "message": "Could not resolve to an issue or pull request with the number of 5." },
            { "type": "NOT_FOUND", "path": ["r2"], "message": "Could not resolve to a Repository with the name 'gone/repo'." }
          ]
        }
        """;
}
