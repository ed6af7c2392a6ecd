namespace ArchiveSite.Rendering.Views;

public sealed class PersonPage : PageModel
{
    public required string Name { get; init; }
    public string? GitHubHandle { get; init; }
    public string? GitHubHref { get; init; }
    public required IReadOnlyList<string> Aliases { get; init; }
    public required IReadOnlyList<Stat> Stats { get; init; }
    public required AttendanceChart Chart { get; init; }

    /// <summary>"First seen …, last seen …; longest run: 14 Community Calls in a row" (null without calls).</summary>
    public string? Seen { get; init; }
    /// <summary>Every call the person took part in, newest first, with their roles in it.</summary>
    public required IReadOnlyList<CallItem> Appearances { get; init; }

    /// <summary>Pull requests and issues they opened that calls discussed (refs.json's authors), most discussed first.</summary>
    public IReadOnlyList<ReferenceSummary> Authored { get; init; } = [];

    /// <summary>What the minutes say they said, newest first (the latest <see cref="SaidShown"/> of <see cref="SaidCount"/>).</summary>
    public IReadOnlyList<SaidRow> Said { get; init; } = [];
    public int SaidCount { get; init; }

    /// <summary>The pages with every line, when there are more than <see cref="SaidShown"/>.</summary>
    public string? SaidHref { get; init; }
    public const int SaidShown = 20;

    /// <summary>Action items they were named in, open ones first, newest first.</summary>
    public IReadOnlyList<ActionRow> Actions { get; init; } = [];
}

/// <summary>Calls per year as bars, laid out at build time so the template only draws the SVG.</summary>
public sealed record AttendanceChart(int Width, int Height, string Summary, IReadOnlyList<ChartBar> Bars);

public sealed record ChartBar(int Year, int Count, int X, int Y, int Width, int Height, int LabelX);

/// <summary><c>/people/KEY/said/</c>: every line the minutes give a person, newest first, paginated.</summary>
public sealed class SaidPage : PageModel
{
    public required Link Person { get; init; }
    public required int Total { get; init; }
    public required IReadOnlyList<SaidRow> Said { get; init; }
}
