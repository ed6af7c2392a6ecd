using System.Globalization;
using ArchiveSite.Rendering.Views;

namespace ArchiveSite.Site.Pages;

/// <summary>
/// Lays out a bar chart (stacked when it has several series) as SVG coordinates, at build time: the page needs no
/// chart library and no script, and the picture is the same in every browser and feed reader.
/// </summary>
public static class StackedBars
{
    private const int Width = 760, PlotHeight = 180, Top = 14, Bottom = 24, Left = 40, MaxLabels = 12;

    // An axis label's digits at the theme's 11px: about 7px each, and a gap between two labels.
    private const double LabelCharWidth = 7, LabelGap = 10;

    /// <param name="buckets">The bars' labels, in order (years, or months as yyyy-MM).</param>
    /// <param name="values">values[bar][series].</param>
    /// <param name="format">How a value is written (counts, or averages with one decimal).</param>
    /// <param name="unit">What is counted, one and many ("call", "calls").</param>
    public static BarChart Layout(string id, string title, IReadOnlyList<string> buckets, IReadOnlyList<string> series, double[][] values,
        Func<double, string> format, (string One, string Many) unit)
    {
        string Amount(double value) => $"{format(value)} {(format(value) == "1" ? unit.One : unit.Many)}";
        var totals = values.Select(v => v.Sum()).ToArray();
        var max = totals.Length == 0 ? 0 : totals.Max();
        var slot = buckets.Count == 0 ? 0 : (double)(Width - Left) / buckets.Count;
        var barWidth = (int)Math.Clamp(Math.Floor(slot * 0.8), 1, 28);
        var segments = new List<BarSegment>();
        var labels = new List<AxisLabel>();
        for (var i = 0; i < buckets.Count; i++)
        {
            var x = Left + (int)Math.Round(i * slot + (slot - barWidth) / 2);
            var baseline = (double)Top + PlotHeight;
            for (var s = 0; s < series.Count; s++)
            {
                var value = values[i][s];
                if (value <= 0 || max <= 0) continue;
                var height = PlotHeight * value / max;
                var top = baseline - height;
                segments.Add(new BarSegment(x, (int)Math.Round(top), barWidth, Math.Max(1, (int)Math.Round(baseline) - (int)Math.Round(top)), s,
                    series.Count > 1 ? $"{buckets[i]}: {Amount(value)} ({series[s]})" : $"{buckets[i]}: {Amount(value)}"));
                baseline = top;
            }
        }
        // At most a dozen labels under the bars, evenly spaced and never closer than the widest is wide (so
        // "2026-08" never lands on "2026"): the first always, the last when there is room for it.
        var spacing = buckets.Count == 0 ? 0 : buckets.Max(b => b.Length) * LabelCharWidth + LabelGap;
        var every = slot == 0 ? 1 : Math.Max(1, (int)Math.Ceiling(Math.Max(buckets.Count / (double)MaxLabels, spacing / slot)));
        var lastLabelled = 0;
        for (var i = 0; i < buckets.Count; i++)
        {
            var room = i == buckets.Count - 1 && (i - lastLabelled) * slot >= spacing;
            if (i % every != 0 && !room) continue;
            labels.Add(new AxisLabel(Left + (int)Math.Round(i * slot + slot / 2), Top + PlotHeight + 16, buckets[i], "middle"));
            lastLabelled = i;
        }
        labels.Add(new AxisLabel(Left - 6, Top + PlotHeight, "0", "end"));
        labels.Add(new AxisLabel(Left - 6, Top + 8, format(max), "end"));

        var header = new List<string> { buckets.Count > 0 && buckets[0].Length > 4 ? "Month" : "Year" };
        if (series.Count > 1) header.AddRange(series);
        header.Add(series.Count > 1 ? "All" : Capitalized(unit.Many));
        var rows = buckets.Select((b, i) => (IReadOnlyList<string>)[b, .. series.Count > 1 ? values[i].Select(format) : [], format(totals[i])]).ToList();
        var peak = totals.Length == 0 ? -1 : Array.IndexOf(totals, max);
        var summary = buckets.Count == 0 ? $"{title}: nothing yet."
            : $"{title}, {buckets[0]} to {buckets[^1]}: the most in {buckets[peak]} ({Amount(max)}).";
        return new BarChart(id, title, summary, Width, Top + PlotHeight + Bottom, series.Count > 1 ? series : [], segments, labels, new ChartTable(header, rows));
    }

    public static string Count(double value) => ((int)Math.Round(value)).ToString(CultureInfo.InvariantCulture);

    public static string OneDecimal(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
