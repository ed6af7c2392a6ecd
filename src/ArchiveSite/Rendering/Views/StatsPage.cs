namespace ArchiveSite.Rendering.Views;

/// <summary><c>/stats/</c>: the archive's activity as charts drawn at build time, each with its numbers as a table.</summary>
public sealed class StatsPage : PageModel
{
    public required IReadOnlyList<BarChart> Charts { get; init; }

    /// <summary>The most active people of each year, newest year first.</summary>
    public required IReadOnlyList<YearLeaders> MostActive { get; init; }
}

/// <summary>
/// A bar chart laid out at build time: bars (stacked when there are several series), axis labels, a legend, and
/// the same numbers as a table for readers who cannot see the picture. Series are styled by index (<c>s0</c>…),
/// so the theme's colours, dark mode included, decide how it looks.
/// </summary>
public sealed record BarChart(string Id, string Title, string Summary, int Width, int Height, IReadOnlyList<string> Legend,
    IReadOnlyList<BarSegment> Segments, IReadOnlyList<AxisLabel> Labels, ChartTable Table);

/// <param name="Series">Index into <see cref="BarChart.Legend"/> (0 when the chart has one series).</param>
/// <param name="Tooltip">What the segment stands for, shown on hover ("2021: 38 calls of Community Call").</param>
public sealed record BarSegment(int X, int Y, int Width, int Height, int Series, string Tooltip);

/// <param name="Anchor">SVG text-anchor: start, middle or end.</param>
public sealed record AxisLabel(int X, int Y, string Text, string Anchor);

public sealed record ChartTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);

public sealed record YearLeaders(int Year, IReadOnlyList<Leader> People);

public sealed record Leader(Link Person, int Calls);
