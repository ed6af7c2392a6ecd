namespace ArchiveSite.Rendering.Views;

/// <summary>A link as the templates show it: text and an href already made for this site.</summary>
public sealed record Link(string Text, string Href);

/// <summary>A person on a call's roster: their page, and the role or organisation the roster gave them, if any.</summary>
/// <param name="Spoke">How many lines of the minutes are theirs (0 when none).</param>
public sealed record PersonLine(string Text, string Href, string? Detail, int Spoke = 0);

/// <summary>One call in a list: enough to choose it without opening it.</summary>
/// <param name="Topics">What was discussed, from the first agenda items ("pdig · falco-trace · Cleanup update"); null without an agenda.</param>
/// <param name="SharesDate">Another call of the same series has the same date (a second meeting that day, or a misdated note).</param>
public sealed record CallRow(
    string Href, DateOnly Date, string DateText, string Title, Link Series,
    IReadOnlyList<Link> Mcs, int AttendeeCount, bool Cancelled, string? Topics = null, bool SharesDate = false);

/// <summary>
/// A call in a list, with what the list adds to it: a person's roles in it ("MC, presenter · voting member")
/// and the agenda items they presented (linked to the item on the call's page), or the places a reference came up in it.
/// </summary>
public sealed record CallItem(CallRow Call, string? Roles, IReadOnlyList<MentionPlace> Places)
{
    public CallItem(CallRow call) : this(call, null, []) { }

    public IReadOnlyList<Link> Presented { get; init; } = [];
}

/// <summary>Where in a call a reference came up: the agenda item (and its place on the call's page) and the sentence.</summary>
public sealed record MentionPlace(string? AgendaItem, string Snippet, string? AgendaHref = null);

/// <summary>Calls of one month of one year, as the archive lists group them.</summary>
public sealed record MonthGroup(string Heading, string Anchor, IReadOnlyList<CallItem> Calls);

/// <summary>Where a page sits in a paginated list; <see cref="PageCount"/> 1 means no pagination is shown.</summary>
public sealed record Pager(int Page, int PageCount, string? PreviousHref, string? NextHref, IReadOnlyList<Link> Pages)
{
    public static readonly Pager OnePage = new(1, 1, null, null, []);
    public bool IsPaged => PageCount > 1;
}

/// <summary>A number worth showing on its own (calls, people, ...), optionally leading somewhere.</summary>
public sealed record Stat(string Label, int Value, string? Href);

/// <summary>
/// Where a PR or issue stands, from refs.json: <see cref="Name"/> is the state's word for styling and filters
/// (open, merged, closed, not-found); <see cref="Text"/> says it with its date ("merged 7 March 2024").
/// </summary>
public sealed record StateBadge(string Name, string Text);
