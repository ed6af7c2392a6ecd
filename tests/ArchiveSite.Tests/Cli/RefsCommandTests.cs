using ArchiveSite.Tests.Support;
using WireMock.RequestBuilders;

namespace ArchiveSite.Tests.Cli;

/// <summary>
/// <c>archive-site refs sync</c> as CI runs it (GITHUB_API_URL and GITHUB_TOKEN from the environment), and the
/// promise that goes with it: <c>build</c> reads refs.json and never asks GitHub anything.
/// </summary>
// Slow: runs the CLI in its own processes.
[Trait("Category", "Slow")]
public sealed class RefsCommandTests : IDisposable
{
    private readonly FakeGitHub _github = new();
    private readonly TempFolder _content = new();
    private readonly TempFolder _output = new();

    public RefsCommandTests() => _content.Write("2024-03-05.md", """
        # Widgets call 2024-03-05

        ## Agenda
        - [Faster widget loading](https://github.com/acme/widgets/pull/1)
        - Crash on start https://github.com/acme/widgets/issues/2
        """);

    public void Dispose()
    {
        _github.Dispose();
        _content.Dispose();
        _output.Dispose();
    }

    private CliRunner.Result Cli(params string[] args) =>
        CliRunner.Process("dotnet", null, new Dictionary<string, string> { ["GITHUB_API_URL"] = _github.Api, ["GITHUB_TOKEN"] = "" },
            TimeSpan.FromMinutes(2), [Path.Combine(AppContext.BaseDirectory, "ArchiveSite.Cli.dll"), .. args]);

    [Fact]
    public void SyncWritesRefsJsonAndBuildUsesItOffline()
    {
        _github.Issue("acme", "widgets", 1, _github.IssueJson("acme", "widgets", 1, "Load widgets lazily", "closed", pull: true,
            mergedAt: "2024-03-07T16:20:00Z", closedAt: "2024-03-07T16:20:00Z"));
        _github.Issue("acme", "widgets", 2, _github.IssueJson("acme", "widgets", 2, "Crash on start", "open"));

        var sync = Cli("refs", "sync", "--content", _content.Path);
        Assert.True(sync.ExitCode == 0, sync.StdErr);
        Assert.Contains("refs.json: 2 new, 0 changed, 0 unchanged, 0 not found; 2 requests", sync.StdErr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_content.Path, "refs.json")));

        _github.Server.ResetLogEntries();
        var site = Path.Combine(_output.Path, "site");
        var build = Cli("build", "--content", _content.Path, "--out", site, "--no-search");
        Assert.True(build.ExitCode == 0, build.StdErr);
        Assert.Empty(_github.Paths);
        Assert.Contains("merged 7 March 2024", File.ReadAllText(Path.Combine(site, "refs/acme/widgets/1/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void ARateLimitStopsWithExitCodeThreeAndSaysWhenToGoOn()
    {
        _github.Issue("acme", "widgets", 1, _github.IssueJson("acme", "widgets", 1, "Load widgets lazily", pull: true));
        var reset = DateTimeOffset.UtcNow.AddHours(2);
        _github.Server.Given(Request.Create().WithPath("/api/v3/repos/acme/widgets/issues/2").UsingGet()).RespondWith(FakeGitHub.RateLimited(reset));

        var sync = Cli("refs", "sync", "--content", _content.Path, "--max-wait", "5");

        Assert.Equal(3, sync.ExitCode);
        Assert.Contains("stopped: GitHub's rate limit for requests without a token", sync.StdErr, StringComparison.Ordinal);
        Assert.Contains("run `archive-site refs sync` again after that to go on", sync.StdErr, StringComparison.Ordinal);
        Assert.Contains("\"acme/widgets#1\"", File.ReadAllText(Path.Combine(_content.Path, "refs.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void ABrokenRefsJsonFailsCheckWithItsLine()
    {
        _content.Write("refs.json", "{\n  \"version\": 1,\n  \"references\": {\n    \"acme/widgets#1\": { \"kind\": \"pull\", \"state\": \"open\", \"url\": \"javascript:alert(1)\" }\n  }\n}\n");
        var check = Cli("check", "--content", _content.Path);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("refs.json:4:", check.StdErr + check.StdOut, StringComparison.Ordinal);
    }
}
