namespace ArchiveSite.Rendering.Views;

/// <summary>Every repository the calls discussed, with its most discussed PRs and issues.</summary>
public sealed class ReferencesPage : PageModel
{
    public required IReadOnlyList<RepositoryRow> Repositories { get; init; }
}

public sealed record RepositoryRow(Link Repository, string GitHubHref, int References, int Mentions, IReadOnlyList<ReferenceSummary> MostDiscussed);

/// <summary>A PR or issue in a list: how often and when it was discussed.</summary>
public sealed record ReferenceSummary(Link Reference, string Kind, string GitHubHref, int Calls, string FirstDate, string LastDate, string? Title = null);

public sealed class RepositoryPage : PageModel
{
    public required string Repository { get; init; }
    public required string GitHubHref { get; init; }
    public required int TotalReferences { get; init; }
    public required IReadOnlyList<ReferenceSummary> References { get; init; }
}

/// <summary>"When did we talk about this PR?": every call that discussed it, oldest first.</summary>
public sealed class ReferencePage : PageModel
{
    public required string Key { get; init; }

    /// <summary>What the notes call it (<see cref="Model.Reference.Title"/>), shown as written there.</summary>
    public string? WrittenTitle { get; init; }
    public required string Kind { get; init; }
    public required string GitHubHref { get; init; }
    public required Link Repository { get; init; }
    public required int CallCount { get; init; }
    public required string FirstDate { get; init; }
    public required string LastDate { get; init; }
    /// <summary>Each call that discussed it, with the places it came up.</summary>
    public required IReadOnlyList<CallItem> Mentions { get; init; }
}
