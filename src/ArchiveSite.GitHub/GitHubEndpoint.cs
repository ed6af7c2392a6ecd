using System.Reflection;
using Octokit;
using Octokit.Internal;

namespace ArchiveSite.GitHub;

/// <summary>
/// Where the GitHub API is and who asks: <c>GITHUB_API_URL</c> (set by GitHub Actions, and on GitHub Enterprise
/// Server to <c>https://HOST/api/v3</c>) else api.github.com; <c>GITHUB_GRAPHQL_URL</c> else the one beside it;
/// <c>GITHUB_TOKEN</c> when set (without it GitHub allows 60 requests an hour and no GraphQL).
/// </summary>
public sealed record GitHubEndpoint(Uri ApiUrl, Uri GraphQlUrl, string? Token)
{
    public static readonly Uri PublicApi = new("https://api.github.com/");

    public static GitHubEndpoint FromEnvironment(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var api = environment("GITHUB_API_URL") is { Length: > 0 } a ? Slash(new Uri(a, UriKind.Absolute)) : PublicApi;
        var graphQl = environment("GITHUB_GRAPHQL_URL") is { Length: > 0 } g ? new Uri(g, UriKind.Absolute) : GraphQlBeside(api);
        return new GitHubEndpoint(api, graphQl, environment("GITHUB_TOKEN") is { Length: > 0 } t ? t : null);
    }

    /// <summary>api.github.com/graphql; HOST/api/graphql beside HOST/api/v3.</summary>
    public static Uri GraphQlBeside(Uri api)
    {
        var path = api.AbsolutePath.TrimEnd('/');
        return new Uri(api, path.EndsWith("/api/v3", StringComparison.OrdinalIgnoreCase) ? path[..^"/v3".Length] + "/graphql" : path + "/graphql");
    }

    /// <summary>An Octokit client for this endpoint whose GETs can be made conditional (<see cref="ConditionalRequests"/>).</summary>
    internal (GitHubClient Client, ConditionalRequests Requests) Client()
    {
        // Octokit's handler follows no redirect itself (its adapter does, through this chain), so the guard sees every hop.
        var requests = new ConditionalRequests(new OriginGuard([ApiUrl, GraphQlUrl], HttpMessageHandlerFactory.CreateDefault()));
        var version = typeof(GitHubEndpoint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";
        var credentials = Token is null ? Credentials.Anonymous : new Credentials(Token);
        var connection = new Connection(new ProductHeaderValue("archive-site", version), ApiUrl, new InMemoryCredentialStore(credentials),
            new HttpClientAdapter(() => requests), new SimpleJsonSerializer());
        return (new GitHubClient(connection), requests);
    }

    private static Uri Slash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
