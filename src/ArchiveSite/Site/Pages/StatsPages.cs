using System.Globalization;
using ArchiveSite.Model;
using ArchiveSite.Rendering.Views;
using ArchiveSite.Urls;

namespace ArchiveSite.Site.Pages;

/// <summary>
/// <c>/stats/</c>: calls by series over time, attendees per call, first-time and returning people each year, who
/// MC'd, and the most active people of each year. Months when the archive spans six years or less, else years.
/// Every count is one pass over the calls.
/// </summary>
public static class StatsPages
{
    private const int SeriesShown = 5, McsShown = 6, LeadersShown = 5;

    public static IEnumerable<RenderJob> All(PageContext context)
    {
        yield return new RenderJob(SitePaths.Stats, "Stats", () => Build(context));
    }

    private static StatsPage Build(PageContext context)
    {
        var calls = context.Archive.Past.Where(m => !m.Cancelled).OrderBy(m => m.Date).ToList();
        var charts = new List<BarChart>();
        if (calls.Count > 0)
        {
            var (first, last) = (calls[0].Date, calls[^1].Date);
            var monthly = (last.Year - first.Year) * 12 + last.Month - first.Month < 72;
            var periods = Periods(first, last, monthly);
            var index = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
            string Period(DateOnly d) => monthly ? d.ToString("yyyy-MM", CultureInfo.InvariantCulture) : d.Year.ToString(CultureInfo.InvariantCulture);

            charts.Add(CallsBySeries(context, calls, periods, index, Period));
            charts.Add(AttendeesPerCall(calls, periods, index, Period));
            charts.Add(FirstTimeAndReturning(calls));
            if (calls.Any(m => m.Mcs.Count > 0)) charts.Add(McRotation(context, calls));
        }
        return new StatsPage
        {
            Site = context.Chrome,
            Title = "Activity",
            Description = calls.Count == 0 ? "No calls yet." : $"{PageContext.Count(calls.Count, "call", "calls")} from {PageContext.LongDate(calls[0].Date)} to {PageContext.LongDate(calls[^1].Date)}, as charts, each with its numbers in a table.",
            CanonicalUrl = context.Canonical(SitePaths.Stats),
            Section = "Activity",
            Charts = charts,
            MostActive = MostActive(context, calls),
        };
    }

    private static List<string> Periods(DateOnly first, DateOnly last, bool monthly)
    {
        var periods = new List<string>();
        if (!monthly)
        {
            for (var year = first.Year; year <= last.Year; year++) periods.Add(year.ToString(CultureInfo.InvariantCulture));
            return periods;
        }
        for (var d = new DateOnly(first.Year, first.Month, 1); d <= last; d = d.AddMonths(1))
            periods.Add(d.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        return periods;
    }

    private static BarChart CallsBySeries(PageContext context, List<Meeting> calls, List<string> periods, Dictionary<string, int> index, Func<DateOnly, string> period)
    {
        var top = calls.CountBy(m => m.Series).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(SeriesShown).Select(c => c.Key).ToList();
        var others = calls.Any(m => !top.Contains(m.Series));
        var names = top.Select(s => context.SeriesLink(s).Text).Concat(others ? ["Other series"] : []).ToList();
        var values = periods.Select(_ => new double[names.Count]).ToArray();
        foreach (var call in calls)
        {
            var s = top.IndexOf(call.Series);
            values[index[period(call.Date)]][s >= 0 ? s : names.Count - 1]++;
        }
        return StackedBars.Layout("calls", "Calls by series", periods, names, values, StackedBars.Count, ("call", "calls"));
    }

    private static BarChart AttendeesPerCall(List<Meeting> calls, List<string> periods, Dictionary<string, int> index, Func<DateOnly, string> period)
    {
        var sums = new double[periods.Count];
        var counts = new int[periods.Count];
        foreach (var call in calls.Where(c => c.Attendees.Count > 0))
        {
            var i = index[period(call.Date)];
            sums[i] += call.Attendees.Count;
            counts[i]++;
        }
        var values = periods.Select((_, i) => new[] { counts[i] == 0 ? 0 : sums[i] / counts[i] }).ToArray();
        return StackedBars.Layout("attendees", "Attendees per call (average)", periods, ["Attendees"], values, StackedBars.OneDecimal, ("attendee", "attendees"));
    }

    private static BarChart FirstTimeAndReturning(List<Meeting> calls)
    {
        var years = Enumerable.Range(calls[0].Date.Year, calls[^1].Date.Year - calls[0].Date.Year + 1).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var values = years.Select(_ => new double[2]).ToArray();
        foreach (var year in calls.GroupBy(c => c.Date.Year))
        {
            var people = year.SelectMany(CallParticipants.Of).Distinct(StringComparer.Ordinal).ToList();
            var row = values[year.Key - years[0]];
            foreach (var person in people) row[seen.Add(person) ? 0 : 1]++;
        }
        return StackedBars.Layout("newcomers", "First-time and returning people", years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList(),
            ["First time", "Returning"], values, StackedBars.Count, ("person", "people"));
    }

    private static BarChart McRotation(PageContext context, List<Meeting> calls)
    {
        var years = Enumerable.Range(calls[0].Date.Year, calls[^1].Date.Year - calls[0].Date.Year + 1).ToList();
        var top = calls.SelectMany(c => c.Mcs.Distinct(StringComparer.Ordinal)).CountBy(k => k, StringComparer.Ordinal)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(McsShown).Select(c => c.Key).ToList();
        var others = calls.Any(c => c.Mcs.Any(k => !top.Contains(k)));
        var names = top.Select(k => context.PersonLink(k).Text).Concat(others ? ["Others"] : []).ToList();
        var values = years.Select(_ => new double[names.Count]).ToArray();
        foreach (var call in calls)
            foreach (var mc in call.Mcs.Distinct(StringComparer.Ordinal))
            {
                var s = top.IndexOf(mc);
                values[call.Date.Year - years[0]][s >= 0 ? s : names.Count - 1]++;
            }
        return StackedBars.Layout("mcs", "Who MC'd", years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList(), names, values, StackedBars.Count, ("call", "calls"));
    }

    private static List<YearLeaders> MostActive(PageContext context, List<Meeting> calls) =>
        calls.GroupBy(c => c.Date.Year).OrderByDescending(g => g.Key)
            .Select(g => new YearLeaders(g.Key, g.SelectMany(CallParticipants.Of).CountBy(k => k, StringComparer.Ordinal)
                .OrderByDescending(c => c.Value).ThenBy(c => context.PersonLink(c.Key).Text, StringComparer.OrdinalIgnoreCase).Take(LeadersShown)
                .Select(c => new Leader(context.PersonLink(c.Key), c.Value)).ToList()))
            .ToList();
}
