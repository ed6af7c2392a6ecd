namespace ArchiveSite.Rendering.Views;

/// <summary>Every repository the calls discussed, with its most discussed PRs and issues.</summary>
public sealed class ReferencesPage : PageModel
{
    public required IReadOnlyList<RepositoryRow> Repositories { get; init; }
}

/// <param name="OpenRecently">The repository's list filtered to open ones discussed in the last three months, when refs.json gives states.</param>
public sealed record RepositoryRow(Link Repository, string GitHubHref, int References, int Mentions, IReadOnlyList<ReferenceSummary> MostDiscussed, string? OpenRecently = null);

/// <summary>A PR or issue in a list: how often and when it was discussed.</summary>
public sealed record ReferenceSummary(Link Reference, string Kind, string GitHubHref, int Calls, string FirstDate, string LastDate, string? Title = null, StateBadge? State = null);

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

    /// <summary>GitHub's title (refs.json), else what the notes call it; null when neither says.</summary>
    public string? ReferenceTitle { get; init; }

    /// <summary>Whether <see cref="ReferenceTitle"/> is the notes' wording rather than GitHub's.</summary>
    public bool TitleFromNotes { get; init; }

    /// <summary>The notes' own wording, when GitHub's title is shown and they say something else.</summary>
    public string? WrittenTitle { get; init; }

    public StateBadge? State { get; init; }

    /// <summary>The search facet and filter word: Open, Merged, Closed, Not found or Unknown (no refs.json entry).</summary>
    public required string StateFacet { get; init; }

    /// <summary>Who opened it: their person page when they are in the archive, else their GitHub profile.</summary>
    public Link? Author { get; init; }
    public IReadOnlyList<string> Labels { get; init; } = [];
    public string? Milestone { get; init; }

    /// <summary>Where it lives now, when its repository was renamed or it was transferred (<c>acme/gadgets#12</c>).</summary>
    public string? MovedTo { get; init; }
    public required string Kind { get; init; }
    public required string GitHubHref { get; init; }
    public required Link Repository { get; init; }
    public required int CallCount { get; init; }
    public required string FirstDate { get; init; }
    public required string LastDate { get; init; }
    /// <summary>Each call that discussed it, with the places it came up.</summary>
    public required IReadOnlyList<CallItem> Mentions { get; init; }
}
