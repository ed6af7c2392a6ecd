using System.Net;
using ArchiveSite.Model;
using ArchiveSite.Refs;
using Octokit;

namespace ArchiveSite.GitHub;

/// <summary>
/// <c>archive-site refs sync</c>: brings refs.json up to date with GitHub for the references the calls discussed.
/// <list type="number">
/// <item>References it has never fetched: fifty to a GraphQL query when there is a token, else one REST request
/// each; anything GraphQL cannot find is asked of REST, which follows renamed repositories and transferred issues.</item>
/// <item>Known references (unless <see cref="SyncMode.Missing"/>): per repository, the list of issues and pull
/// requests changed since its last sync, page by page, when that takes fewer requests than asking for each;
/// else one conditional request each (an unchanged one is a 304, free of rate limit).</item>
/// </list>
/// A rate limit that resets within <see cref="SyncOptions.Wait"/> is waited out; a later one stops the sync with
/// what it fetched saved. The file is rewritten every <see cref="SyncOptions.SaveEvery"/> answers and at the end,
/// always through a rename, so an interrupted sync loses nothing and the next one resumes with what is missing.
/// Facts it had are never dropped: a reference GitHub no longer finds keeps its title, marked not found.
/// </summary>
public sealed class RefsSync
{
    private readonly GitHubEndpoint _endpoint;
    private readonly SyncOptions _options;
    private readonly Action<string> _log;
    private readonly TimeProvider _time;
    private readonly string _path;
    private readonly Dictionary<ReferenceKey, ReferenceFacts> _facts;
    private readonly Dictionary<string, DateTimeOffset> _checked;
    private readonly SyncReport _report = new();
    private int _unsaved;
    private int _unreachable;

    /// <summary>GitHub's clock and ours may differ: a repository's changes are asked for from a little before its last sync.</summary>
    private static readonly TimeSpan ClockMargin = TimeSpan.FromMinutes(10);

    /// <summary>Answers in a row that never came (no network, no such host): the sync stops rather than wait out every reference.</summary>
    private const int UnreachableLimit = 3;

    public RefsSync(GitHubEndpoint endpoint, string path, RefsCache cache, SyncOptions options, Action<string> log, TimeProvider? time = null)
    {
        (_endpoint, _path, _options, _log, _time) = (endpoint, path, options, log, time ?? TimeProvider.System);
        _facts = new Dictionary<ReferenceKey, ReferenceFacts>(cache.References);
        _checked = new Dictionary<string, DateTimeOffset>(cache.CheckedThrough, StringComparer.Ordinal);
    }

    public async Task<SyncReport> Run(IReadOnlyList<SyncTarget> targets, CancellationToken cancel = default)
    {
        // Owner and repository go into request paths and GraphQL text: only names GitHub allows are asked about.
        foreach (var odd in targets.Where(t => !RefsFile.IsGitHubKey(t.Key)))
            _report.Skipped.Add($"{odd.Key} (not a name GitHub allows for a repository)");
        targets = targets.Where(t => RefsFile.IsGitHubKey(t.Key)).ToList();
        var (client, requests) = _endpoint.Client();
        using var graphQlHttp = new HttpClient(requests, disposeHandler: false);
        var started = _time.GetUtcNow();
        try
        {
            var missing = targets.Where(t => !_facts.ContainsKey(t.Key)).ToList();
            if (missing.Count > 0) _log($"fetching {missing.Count} {(missing.Count == 1 ? "reference" : "references")} not in {RefsFile.FileName} yet");
            var graphQl = _endpoint.Token is { } token ? new GraphQlBatch(graphQlHttp, _endpoint.GraphQlUrl, token) : null;
            if (graphQl is not null) await FetchBatches(missing, graphQl, cancel).ConfigureAwait(false);
            foreach (var target in missing.Where(t => !_facts.ContainsKey(t.Key)))
                await FetchOne(client, target, cancel).ConfigureAwait(false);

            var fresh = missing.Select(t => t.Key).ToHashSet();
            foreach (var repository in targets.GroupBy(t => t.Key.Repository, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var known = repository.Where(t => !fresh.Contains(t.Key)).ToList();
                if (_options.Mode != SyncMode.Missing && known.Count > 0) await Refresh(client, graphQl, repository.Key, known, cancel).ConfigureAwait(false);
                // Every reference of the repository is now as GitHub had it when the sync began.
                var covered = _options.Since is null && (_options.Mode != SyncMode.Missing || known.Count == 0);
                if (covered) _checked[repository.Key] = started;
            }
        }
        catch (SyncStopped stopped)
        {
            _report.StoppedBecause = stopped.Message;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            _report.StoppedBecause = "interrupted";
        }
        finally
        {
            Save();
            _report.Requests = requests.Sent;
        }
        return _report;
    }

    private async Task FetchBatches(List<SyncTarget> missing, GraphQlBatch graphQl, CancellationToken cancel)
    {
        foreach (var batch in missing.Chunk(_options.GraphQlBatch))
        {
            Dictionary<ReferenceKey, ReferenceFacts> found;
            try
            {
                found = await Limited(() => graphQl.Fetch(batch, _time.GetUtcNow(), cancel), cancel).ConfigureAwait(false);
            }
            catch (HttpRequestException e) when (e.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw new SyncStopped("GitHub refused GITHUB_TOKEN (401 Bad credentials): check that it is set to a valid token, or unset it");
            }
            catch (Exception e) when (e is HttpRequestException or System.Text.Json.JsonException)
            {
                // REST answers what GraphQL could not: the references of this batch are asked one by one.
                _log($"GraphQL could not answer ({e.Message}); asking for these {batch.Length} one by one");
                continue;
            }
            foreach (var (key, facts) in found) Keep(key, facts);
            // GraphQL does not follow a transfer, and REST has no discussions: a discussion it did not find is gone.
            foreach (var target in batch.Where(t => t.Kind == ReferenceKind.Discussion && !found.ContainsKey(t.Key)))
                NotFound(target.Key);
        }
    }

    private async Task FetchOne(GitHubClient client, SyncTarget target, CancellationToken cancel)
    {
        if (target.Kind == ReferenceKind.Discussion)
        {
            _report.Skipped.Add($"{target.Key} (a discussion: GitHub serves discussions through GraphQL only, which needs GITHUB_TOKEN)");
            return;
        }
        await Ask(client, target.Key, etag: null, cancel).ConfigureAwait(false);
    }

    /// <summary>Brings the known references of one repository up to date.</summary>
    private async Task Refresh(GitHubClient client, GraphQlBatch? graphQl, string repository, List<SyncTarget> known, CancellationToken cancel)
    {
        // A reference GitHub could not find is asked about again only when every reference is (--all).
        if (_options.Mode != SyncMode.All)
        {
            known = known.Where(t => _facts[t.Key].State != ReferenceState.NotFound).ToList();
            if (known.Count == 0) return;
        }
        // REST has no discussions: with a token they are asked again through GraphQL, else left as they were.
        var discussions = known.Where(t => t.Kind == ReferenceKind.Discussion).ToList();
        if (discussions.Count > 0)
        {
            if (graphQl is not null) await FetchBatches(discussions, graphQl, cancel).ConfigureAwait(false);
            else _report.Skipped.AddRange(discussions.Select(d => $"{d.Key} (a discussion: refreshing it needs GITHUB_TOKEN)"));
            known = known.Where(t => t.Kind != ReferenceKind.Discussion).ToList();
            if (known.Count == 0) return;
        }
        if (_options.Mode == SyncMode.Changed && _checked.TryGetValue(repository, out var since))
        {
            // Listing what changed pays when it takes fewer pages than there are references to ask about.
            var pages = (known.Count + _options.PageSize - 1) / _options.PageSize;
            var changed = await Changes(client, known[0].Key, since - ClockMargin, pages, cancel).ConfigureAwait(false);
            if (changed is not null && changed.Count < pages * _options.PageSize)
            {
                var wanted = known.ToDictionary(t => t.Key.Number, t => t.Key);
                var ours = changed.Where(i => wanted.ContainsKey(i.Number)).ToList();
                foreach (var issue in ours)
                    Keep(wanted[issue.Number], IssueFacts.From(issue, _facts[wanted[issue.Number]].ETag));
                _report.Unchanged += known.Count - ours.Count;
                return;
            }
            _log($"{repository}: {(changed is null ? "its changes cannot be listed" : $"more changed since {since:u} than references to ask about")}; asking for each");
        }
        foreach (var target in known)
            await Ask(client, target.Key, _facts[target.Key].ETag, cancel).ConfigureAwait(false);
    }

    /// <summary>The repository's issues and pull requests changed since a time, at most <paramref name="pages"/> pages; null when GitHub has no such list (404).</summary>
    private async Task<IReadOnlyList<Issue>?> Changes(GitHubClient client, ReferenceKey anyOfIt, DateTimeOffset since, int pages, CancellationToken cancel)
    {
        try
        {
            return await Limited(() => client.Issue.GetAllForRepository(anyOfIt.Owner, anyOfIt.Repo,
                new RepositoryIssueRequest { State = ItemStateFilter.All, Since = since, SortProperty = IssueSort.Updated, SortDirection = SortDirection.Descending },
                new ApiOptions { PageSize = _options.PageSize, PageCount = pages }), cancel).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    /// <summary>One REST request for one reference, conditional when its entity tag is known.</summary>
    private async Task Ask(GitHubClient client, ReferenceKey key, string? etag, CancellationToken cancel)
    {
        var uri = new Uri($"repos/{key.Owner}/{key.Repo}/issues/{key.Number}", UriKind.Relative);
        try
        {
            var response = await Limited(() => ConditionalRequests.With(etag,
                () => client.Connection.Get<Issue>(uri, null, null, cancel)), cancel).ConfigureAwait(false);
            if (response.HttpResponse.StatusCode == HttpStatusCode.NotModified)
            {
                _report.Unchanged++;
                return;
            }
            if (response.Body is null)
            {
                _report.Failed.Add($"{key}: GitHub answered {(int)response.HttpResponse.StatusCode} without an issue in JSON");
                return;
            }
            Keep(key, IssueFacts.From(response.Body, response.HttpResponse.ApiInfo?.Etag));
            _unreachable = 0;
        }
        catch (AuthorizationException)
        {
            throw new SyncStopped("GitHub refused GITHUB_TOKEN (401 Bad credentials): check that it is set to a valid token, or unset it");
        }
        catch (NotFoundException)
        {
            NotFound(key);
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.Gone)
        {
            NotFound(key);
        }
        catch (ApiException e) when (RateLimits.Until(e, _time.GetUtcNow()) is null)
        {
            _report.Failed.Add($"{key}: GitHub answered {(int)e.StatusCode} {e.Message}");
        }
        catch (HttpRequestException e)
        {
            _report.Failed.Add($"{key}: {e.Message}");
            if (++_unreachable >= UnreachableLimit)
                throw new SyncStopped($"GitHub cannot be reached at {_endpoint.ApiUrl} ({e.Message}); what was fetched is saved");
        }
    }

    /// <summary>Runs a request, waiting out a rate limit that resets soon enough; stops the sync otherwise.</summary>
    private async Task<T> Limited<T>(Func<Task<T>> request, CancellationToken cancel)
    {
        while (true)
        {
            try
            {
                return await request().ConfigureAwait(false);
            }
            catch (ForeignOriginException e)
            {
                throw new SyncStopped($"{e.Message}; what was fetched is saved");
            }
            catch (Exception e) when (RateLimits.Until(e, _time.GetUtcNow()) is { } until)
            {
                var wait = until - _time.GetUtcNow();
                if (wait > _options.Wait)
                    throw new SyncStopped($"GitHub's rate limit {(_endpoint.Token is null ? "for requests without a token (60 an hour; set GITHUB_TOKEN for 5,000) " : "")}" +
                        $"is used up until {until.ToUniversalTime():yyyy-MM-dd HH:mm} UTC; what was fetched is saved, run `archive-site refs sync` again after that to go on");
                var pause = wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait;
                _log($"rate limit reached; waiting {pause.TotalSeconds:0} s until it resets");
                Save();
                await Task.Delay(pause, _time, cancel).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Records GitHub's answer, counted as new, changed or unchanged.</summary>
    private void Keep(ReferenceKey key, ReferenceFacts facts)
    {
        if (!_facts.TryGetValue(key, out var old)) _report.Fetched++;
        else if (old.SameFactsAs(facts)) _report.Unchanged++;
        else _report.Changed++;
        _facts[key] = facts;
        if (++_unsaved >= _options.SaveEvery) Save();
    }

    /// <summary>Gone from GitHub (or private): what was known of it stays, marked not found.</summary>
    private void NotFound(ReferenceKey key)
    {
        _report.NotFound++;
        _facts[key] = _facts.TryGetValue(key, out var old)
            ? old with { State = ReferenceState.NotFound, StateDate = null, ETag = null }
            : new ReferenceFacts { State = ReferenceState.NotFound };
        if (++_unsaved >= _options.SaveEvery) Save();
    }

    private void Save()
    {
        RefsFile.Write(_path, new RefsCache(_facts, _checked));
        _unsaved = 0;
    }

    private sealed class SyncStopped(string message) : Exception(message);
}
