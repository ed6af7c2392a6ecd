using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ArchiveSite.Model;
using ArchiveSite.Refs;

namespace ArchiveSite.GitHub;

/// <summary>
/// Many references in one GraphQL query, one alias each (<c>r0: repository(…) { n1191: issueOrPullRequest(number: 1191) … }</c>):
/// fifty answers for one request where REST needs fifty. GraphQL needs a token, has no entity tags, and does
/// not follow a transferred issue, so the sync uses it for references it has never fetched and asks REST
/// about any that GraphQL cannot find. Discussions exist only here.
/// </summary>
internal sealed class GraphQlBatch(HttpClient http, Uri url, string token)
{
    private const string Labels = "labels(first: 100) { nodes { name } }";
    private const string IssueFields = "__typename title url state closedAt author { login } " + Labels + " milestone { title }";
    private const string PullFields = "__typename title url state mergedAt closedAt author { login } " + Labels + " milestone { title }";
    private const string DiscussionFields = "__typename title url closed closedAt author { login } " + Labels;

    /// <summary>The facts of each target GraphQL found; a target it did not find is absent.</summary>
    public async Task<Dictionary<ReferenceKey, ReferenceFacts>> Fetch(IReadOnlyList<SyncTarget> batch, DateTimeOffset now, CancellationToken cancel)
    {
        var (query, aliases) = Query(batch);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(JsonSerializer.Serialize(new Dictionary<string, string> { ["query"] = query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("bearer", token);
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("archive-site", "1"));
        using var response = await http.SendAsync(request, cancel).ConfigureAwait(false);
        if (RateLimits.Of(response, now) is { } limited) throw limited;
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"GitHub's GraphQL endpoint answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancel).ConfigureAwait(false), cancellationToken: cancel).ConfigureAwait(false);
        var root = json.RootElement;
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            foreach (var error in errors.EnumerateArray())
                if (error.TryGetProperty("type", out var type) && type.ValueEquals("RATE_LIMITED"))
                    throw new RateLimitedException(ResetAt(root) ?? now + TimeSpan.FromMinutes(1));

        var found = new Dictionary<ReferenceKey, ReferenceFacts>();
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object) return found;
        foreach (var (key, repositoryAlias, itemAlias) in aliases)
            if (data.TryGetProperty(repositoryAlias, out var repository) && repository.ValueKind == JsonValueKind.Object
                && repository.TryGetProperty(itemAlias, out var item) && item.ValueKind == JsonValueKind.Object
                && Facts(item) is { } facts)
                found[key] = facts;
        return found;
    }

    private static (string Query, List<(ReferenceKey Key, string Repository, string Item)> Aliases) Query(IReadOnlyList<SyncTarget> batch)
    {
        var query = new StringBuilder("query {\n");
        var aliases = new List<(ReferenceKey, string, string)>();
        var repositoryIndex = 0;
        foreach (var repository in batch.GroupBy(t => (t.Key.Owner, t.Key.Repo)))
        {
            var repositoryAlias = "r" + repositoryIndex++.ToString(CultureInfo.InvariantCulture);
            // Keys passed RefsFile's pattern (letters, digits, '.', '_', '-'), so they need no escaping.
            query.Append(CultureInfo.InvariantCulture, $"  {repositoryAlias}: repository(owner: \"{repository.Key.Owner}\", name: \"{repository.Key.Repo}\") {{\n");
            foreach (var target in repository)
            {
                var number = target.Key.Number.ToString(CultureInfo.InvariantCulture);
                var itemAlias = (target.Kind == ReferenceKind.Discussion ? "d" : "n") + number;
                query.Append(target.Kind == ReferenceKind.Discussion
                    ? $"    {itemAlias}: discussion(number: {number}) {{ {DiscussionFields} }}\n"
                    : $"    {itemAlias}: issueOrPullRequest(number: {number}) {{ ... on Issue {{ {IssueFields} }} ... on PullRequest {{ {PullFields} }} }}\n");
                aliases.Add((target.Key, repositoryAlias, itemAlias));
            }
            query.Append("  }\n");
        }
        query.Append("  rateLimit { remaining resetAt }\n}\n");
        return (query.ToString(), aliases);
    }

    private static ReferenceFacts? Facts(JsonElement item)
    {
        var type = Text(item, "__typename");
        var (kind, state, when) = type switch
        {
            "PullRequest" => (ReferenceKind.Pull,
                Text(item, "state") switch { "OPEN" => ReferenceState.Open, "MERGED" => ReferenceState.Merged, _ => ReferenceState.Closed },
                Date(item, Text(item, "state") == "MERGED" ? "mergedAt" : "closedAt")),
            "Issue" => (ReferenceKind.Issue, Text(item, "state") == "OPEN" ? ReferenceState.Open : ReferenceState.Closed, Date(item, "closedAt")),
            "Discussion" => (ReferenceKind.Discussion,
                item.TryGetProperty("closed", out var closed) && closed.ValueKind == JsonValueKind.True ? ReferenceState.Closed : ReferenceState.Open,
                Date(item, "closedAt")),
            _ => (ReferenceKind.Unknown, ReferenceState.NotFound, (DateOnly?)null),
        };
        if (kind == ReferenceKind.Unknown) return null;
        return IssueFacts.Storable(new ReferenceFacts
        {
            Kind = kind,
            State = state,
            StateDate = state == ReferenceState.Open ? null : when,
            Title = Text(item, "title"),
            Url = Text(item, "url"),
            Author = item.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object ? Text(author, "login") : null,
            Labels = item.TryGetProperty("labels", out var labels) && labels.ValueKind == JsonValueKind.Object
                && labels.TryGetProperty("nodes", out var nodes) && nodes.ValueKind == JsonValueKind.Array
                ? nodes.EnumerateArray().Select(n => Text(n, "name")).OfType<string>().ToList()
                : [],
            Milestone = item.TryGetProperty("milestone", out var milestone) && milestone.ValueKind == JsonValueKind.Object ? Text(milestone, "title") : null,
        });
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateOnly? Date(JsonElement element, string name) =>
        DateTimeOffset.TryParse(Text(element, name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when) ? DateOnly.FromDateTime(when.UtcDateTime) : null;

    private static DateTimeOffset? ResetAt(JsonElement root) =>
        root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("rateLimit", out var limit)
        && DateTimeOffset.TryParse(Text(limit, "resetAt"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}
