namespace ArchiveSite.Rendering.Views;

public sealed class HomePage : PageModel
{
    public required IReadOnlyList<Stat> Stats { get; init; }
    public required IReadOnlyList<CallItem> LatestCalls { get; init; }

    /// <summary>Calls written ahead (Resolution/UpcomingCalls), soonest first; empty when there are none.</summary>
    public IReadOnlyList<CallItem> UpcomingCalls { get; init; } = [];
    public required IReadOnlyList<CountedLink> Years { get; init; }
    public required IReadOnlyList<CountedLink> Series { get; init; }
    public required IReadOnlyList<CountedLink> MostDiscussed { get; init; }
    public required IReadOnlyList<CountedLink> FrequentPeople { get; init; }
}

/// <summary>A link with a count beside it ("2020 — 48 calls").</summary>
/// <param name="Title">What the link's target is called, when the link's own text is only a name or number (a PR's title as the notes write it).</param>
public sealed record CountedLink(Link Link, int Count, string? Title = null, StateBadge? State = null);
