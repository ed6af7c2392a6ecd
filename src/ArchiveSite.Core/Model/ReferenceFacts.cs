namespace ArchiveSite.Model;

/// <summary>Where a pull request, issue or discussion stands on GitHub.</summary>
public enum ReferenceState
{
    Open,
    Closed,
    Merged,

    /// <summary>GitHub answered 404: the repository or the item was deleted, or is private.</summary>
    NotFound,
}

/// <summary>
/// What GitHub says of a reference, as <c>archive-site refs sync</c> fetched it into <c>refs.json</c>. The build
/// only reads these (never the network); a reference without facts keeps the title its notes give.
/// </summary>
public sealed record ReferenceFacts
{
    public ReferenceKind Kind { get; init; }
    public string? Title { get; init; }
    public ReferenceState State { get; init; }

    /// <summary>When it was merged or closed (UTC date); null while open.</summary>
    public DateOnly? StateDate { get; init; }

    /// <summary>The GitHub login of whoever opened it.</summary>
    public string? Author { get; init; }
    public IReadOnlyList<string> Labels { get; init; } = [];
    public string? Milestone { get; init; }

    /// <summary>Its page on GitHub: differs from the written key when the repository was renamed or the issue transferred.</summary>
    public string? Url { get; init; }

    /// <summary>GitHub's entity tag for the conditional request of the next sync (a 304 costs no rate limit).</summary>
    public string? ETag { get; init; }

    public bool IsOpen => State == ReferenceState.Open;

    /// <summary>Same facts, ignoring the entity tag (which changes with every comment).</summary>
    public bool SameFactsAs(ReferenceFacts other) =>
        Kind == other.Kind && Title == other.Title && State == other.State && StateDate == other.StateDate &&
        Author == other.Author && Labels.SequenceEqual(other.Labels, StringComparer.Ordinal) && Milestone == other.Milestone && Url == other.Url;
}
