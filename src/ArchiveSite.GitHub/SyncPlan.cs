using ArchiveSite.Model;

namespace ArchiveSite.GitHub;

/// <summary>Which references a sync asks GitHub about.</summary>
public enum SyncMode
{
    /// <summary>The missing ones, and the changes to the known ones since the last sync (the everyday run).</summary>
    Changed,

    /// <summary>Only references refs.json does not have yet (the cheapest: a CI run after a new note).</summary>
    Missing,

    /// <summary>Every reference again, each with its entity tag (unchanged ones cost a free 304).</summary>
    All,
}

/// <param name="Since">Only references discussed in calls on or after this date.</param>
/// <param name="MaxWait">How long to wait for a rate limit to reset before stopping (the next run resumes).</param>
/// <param name="SaveEvery">refs.json is rewritten after this many answers, so an interrupted sync keeps its work.</param>
/// <param name="PageSize">Items per page when listing a repository's changes (GitHub allows up to 100).</param>
public sealed record SyncOptions(
    SyncMode Mode = SyncMode.Changed,
    DateOnly? Since = null,
    TimeSpan? MaxWait = null,
    int SaveEvery = 50,
    int PageSize = 100,
    int GraphQlBatch = 50)
{
    public TimeSpan Wait => MaxWait ?? TimeSpan.FromMinutes(1);
}

/// <summary>A reference the archive's calls discussed, as the sync needs it.</summary>
public sealed record SyncTarget(ReferenceKey Key, ReferenceKind Kind, DateOnly LastDiscussed)
{
    public static IReadOnlyList<SyncTarget> Of(Archive archive, DateOnly? since) =>
        archive.References.Select(r => new SyncTarget(r.Key, r.Kind, r.Mentions[^1].Date))
            .Where(t => since is null || t.LastDiscussed >= since)
            .ToList();
}

/// <summary>What a sync did, for its summary line and exit code.</summary>
public sealed class SyncReport
{
    public int Fetched { get; set; }
    public int Unchanged { get; set; }
    public int Changed { get; set; }
    public int NotFound { get; set; }
    public int Requests { get; set; }
    public List<string> Failed { get; } = [];
    public List<string> Skipped { get; } = [];

    /// <summary>Why the sync stopped before the end (a rate limit that resets later than it may wait); null when it finished.</summary>
    public string? StoppedBecause { get; set; }
}
