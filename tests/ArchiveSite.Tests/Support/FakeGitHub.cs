using System.Globalization;
using ArchiveSite.GitHub;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ArchiveSite.Tests.Support;

/// <summary>
/// A real local HTTP server answering as GitHub's REST API (under <c>/api/v3</c>, as GitHub Enterprise Server
/// serves it) and GraphQL endpoint (<c>/api/graphql</c>) do, in the shapes of GitHub's API documentation
/// ("Get an issue", "List repository issues", rate-limit and redirect responses).
/// </summary>
public sealed class FakeGitHub : IDisposable
{
    public WireMockServer Server { get; } = WireMockServer.Start();

    public string Api => Server.Url + "/api/v3";

    public GitHubEndpoint Endpoint(string? token = null) =>
        new(new Uri(Api + "/"), new Uri(Server.Url + "/api/graphql"), token);

    /// <summary>The requests the server saw, oldest first.</summary>
    public IReadOnlyList<ILogEntry> Requests => Server.LogEntries.OrderBy(e => e.RequestMessage.DateTime).ToList();

    public IReadOnlyList<string> Paths => Requests.Select(e => e.RequestMessage.Path).ToList();

    /// <summary>"Get an issue": <c>GET /repos/{owner}/{repo}/issues/{number}</c>, with an entity tag.</summary>
    public void Issue(string owner, string repo, int number, object body, string? etag = null, int priority = 10)
    {
        var response = Json(body);
        if (etag is not null) response = response.WithHeader("ETag", etag);
        Server.Given(Request.Create().WithPath($"/api/v3/repos/{owner}/{repo}/issues/{number}").UsingGet()).AtPriority(priority).RespondWith(response);
    }

    /// <summary>A 200 with a JSON body, as GitHub sends it.</summary>
    public static IResponseBuilder Json(object? body)
    {
        var response = Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json; charset=utf-8");
        return body is null ? response : response.WithBodyAsJson(body);
    }

    /// <summary>A 304 for a request that names the entity tag.</summary>
    public void NotModified(string owner, string repo, int number, string etag) =>
        Server.Given(Request.Create().WithPath($"/api/v3/repos/{owner}/{repo}/issues/{number}").UsingGet().WithHeader("If-None-Match", etag))
            .AtPriority(1).RespondWith(Response.Create().WithStatusCode(304).WithHeader("ETag", etag));

    /// <summary>How GitHub answers for a renamed repository or a transferred issue: 301 to the new place.</summary>
    public void MovedPermanently(string path, string location) =>
        Server.Given(Request.Create().WithPath("/api/v3" + path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(301).WithHeader("Location", Api + location)
                .WithBodyAsJson(new { message = "Moved Permanently", url = Api + location, documentation_url = "https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api#follow-redirects" }));

    public void NotFound(string path) =>
        Server.Given(Request.Create().WithPath("/api/v3" + path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(404).WithBodyAsJson(new { message = "Not Found", documentation_url = "https://docs.github.com/rest/issues/issues#get-an-issue" }));

    /// <summary>The primary rate limit used up: 403 with <c>x-ratelimit-remaining: 0</c> and the reset time.</summary>
    public static IResponseBuilder RateLimited(DateTimeOffset reset) =>
        Response.Create().WithStatusCode(403)
            .WithHeader("x-ratelimit-limit", "60").WithHeader("x-ratelimit-remaining", "0").WithHeader("x-ratelimit-used", "60")
            .WithHeader("x-ratelimit-reset", reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture))
            .WithBodyAsJson(new { message = "API rate limit exceeded for 127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)", documentation_url = "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting" });

    /// <summary>An issue object as the REST API returns it (trimmed to the fields a client reads, plus a few it ignores).</summary>
    public object IssueJson(string owner, string repo, int number, string title, string state = "open", string author = "octocat",
        string[]? labels = null, string? milestone = null, bool pull = false, string? mergedAt = null, string? closedAt = null, string? updatedAt = null) => new
        {
            id = 1000 + number,
            node_id = "MDU6SXNzdWUx",
            url = $"{Api}/repos/{owner}/{repo}/issues/{number}",
            repository_url = $"{Api}/repos/{owner}/{repo}",
            html_url = $"https://github.com/{owner}/{repo}/{(pull ? "pull" : "issues")}/{number}",
            number,
            state,
            state_reason = state == "closed" && !pull ? "completed" : null,
            title,
            body = "I'm having a problem with this.",
            user = new { login = author, id = 1, type = "User", site_admin = false },
            labels = (labels ?? []).Select((name, i) => new { id = 208045946 + i, name, color = "f29513", @default = false }).ToArray(),
            milestone = milestone is null ? null : new { number = 1, title = milestone, state = "open" },
            locked = false,
            comments = 0,
            pull_request = pull ? new { url = $"{Api}/repos/{owner}/{repo}/pulls/{number}", html_url = $"https://github.com/{owner}/{repo}/pull/{number}", merged_at = mergedAt } : null,
            closed_at = closedAt,
            created_at = "2024-01-02T10:00:00Z",
            updated_at = updatedAt ?? "2024-03-01T10:00:00Z",
            author_association = "MEMBER",
        };

    public void Dispose() => Server.Stop();
}
