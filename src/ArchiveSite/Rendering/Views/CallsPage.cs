namespace ArchiveSite.Rendering.Views;

/// <summary>A list of calls grouped by month: the whole archive, one year, or one series.</summary>
public sealed class CallsPage : PageModel
{
    public required string Heading { get; init; }
    public string? Intro { get; init; }

    /// <summary>A series' calls written ahead (Resolution/UpcomingCalls), soonest first, on its first page; listed apart from its months.</summary>
    public IReadOnlyList<CallItem> Upcoming { get; init; } = [];

    /// <summary>A series' calls as an iCalendar file (with the next expected call); null on other lists.</summary>
    public string? CalendarHref { get; init; }
    /// <summary>
    /// Every year of the archive, newest first, for the year navigation: the links alone, which is all the list shows. (With
    /// each year's count, every list of every year and series would change, and be rendered again, with each new call.)
    /// </summary>
    public required IReadOnlyList<Link> Years { get; init; }

    /// <summary>The year this page lists, marked in the year navigation; null for lists across years.</summary>
    public string? CurrentYear { get; init; }
    public required IReadOnlyList<MonthGroup> Months { get; init; }
    public Link? Previous { get; init; }
    public Link? Next { get; init; }
}
