namespace ArchiveSite.Rendering.Views;

/// <summary>A decision as a list shows it: its words and the call it was taken in.</summary>
public sealed record DecisionRow(string Text, CallRow Call, string SeriesSlug);

/// <summary>An action item: its words, who will do it, whether it is done and how that is known, and its call.</summary>
/// <param name="OwnerKeys">For the list's person filter.</param>
public sealed record ActionRow(string Text, IReadOnlyList<Link> Owners, IReadOnlyList<string> OwnerKeys, bool Done, string? DoneText, CallRow Call, string SeriesSlug);

/// <summary>What a person said in one call, as their page lists it.</summary>
public sealed record SaidRow(string Text, CallRow Call);

/// <summary>One value of a list's filter (<c>?person=leogr</c>): the value in the address and the words shown.</summary>
public sealed record FilterOption(string Value, string Text);

/// <summary>The filters over a list of decisions or actions, each shown only when it has more than one value; <see cref="ByState"/> adds open/done.</summary>
public sealed record ListFilters(IReadOnlyList<FilterOption> Series, IReadOnlyList<FilterOption> Years, IReadOnlyList<FilterOption> People, bool ByState = false);

/// <summary><c>/decisions/</c>: what the calls decided, newest first.</summary>
public sealed class DecisionsPage : PageModel
{
    public required int Total { get; init; }
    public required IReadOnlyList<DecisionRow> Decisions { get; init; }
    public required ListFilters Filters { get; init; }
}

/// <summary><c>/actions/</c>: what someone said they would do, open ones first, newest first.</summary>
public sealed class ActionsPage : PageModel
{
    public required int Total { get; init; }
    public required int Open { get; init; }
    public required IReadOnlyList<ActionRow> Actions { get; init; }
    public required ListFilters Filters { get; init; }
}

/// <summary>Action items as a list: with the call each came from (<see cref="ShowCall"/>) on lists across calls, without on a call's own page.</summary>
public sealed record ActionList(IReadOnlyList<ActionRow> Rows, bool ShowCall);
