namespace ArchiveSite.Rendering.Views;

/// <summary>A link as the templates show it: text and an href already made for this site.</summary>
public sealed record Link(string Text, string Href);

/// <summary>One call in a list: enough to choose it without opening it.</summary>
public sealed record CallRow(
    string Href, DateOnly Date, string DateText, string Title, Link Series,
    IReadOnlyList<Link> Mcs, int AttendeeCount, bool Cancelled);

/// <summary>Calls of one month of one year, as the archive lists group them.</summary>
public sealed record MonthGroup(string Heading, string Anchor, IReadOnlyList<CallRow> Calls);

/// <summary>Where a page sits in a paginated list; <see cref="PageCount"/> 1 means no pagination is shown.</summary>
public sealed record Pager(int Page, int PageCount, string? PreviousHref, string? NextHref, IReadOnlyList<Link> Pages)
{
    public static readonly Pager Single = new(1, 1, null, null, []);
    public bool IsPaged => PageCount > 1;
}

/// <summary>A number worth showing on its own (calls, people, ...), optionally leading somewhere.</summary>
public sealed record Stat(string Label, int Value, string? Href);
