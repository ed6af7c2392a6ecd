using System.Globalization;
using ArchiveSite.Diagnostics;
using ArchiveSite.Parsing;

namespace ArchiveSite.Resolution;

/// <summary>
/// Settles a call whose text and path name different days (<c>2018/2018-11-26.md</c> titled "Meeting
/// 2018-11-25"). Both are as specific, and either can be the slip: a note copied from last week's keeps its
/// old title, a file saved a day late gets the wrong name. The series settles it: a series meets on one
/// weekday (in a given year: series move), so the date on that weekday wins; when both or neither fall on
/// it, the note's text wins.
/// Either way a warning names both dates.
/// </summary>
internal static class DateDisputes
{
    // A weekday is the series' own when it has at least this many undisputed calls and most of them fall on it.
    private const int MinimumCalls = 5;
    private const double Share = 0.6;

    public static List<ParsedMeeting> Settle(IReadOnlyList<ParsedMeeting> parsed, DiagnosticBag diagnostics)
    {
        if (!parsed.Any(IsDisputed)) return parsed as List<ParsedMeeting> ?? [.. parsed];
        var usual = UsualWeekdays(parsed);
        var settled = new List<ParsedMeeting>(parsed.Count);
        foreach (var m in parsed)
        {
            if (!IsDisputed(m))
            {
                settled.Add(m);
                continue;
            }
            var path = m.PathDate!.Value;
            // "# 2017-10-17" in 2019/2019-10-17.md: the year that has the series' other calls is the one to ask.
            var weekday = usual.GetValueOrDefault((m.Series.Slug, path.Year)) ?? usual.GetValueOrDefault((m.Series.Slug, m.Date.Year));
            var pathWins = weekday is { } day && path.DayOfWeek == day && m.Date.DayOfWeek != day;
            var why = pathWins
                ? $"{Iso(path)} is taken: it is a {path.DayOfWeek}, like the series' other calls"
                : "the note's date wins";
            diagnostics.Add(Diagnostic.Warning(m.File, m.Line,
                $"the path says {Iso(path)} but the note says {Iso(m.Date)} ({why}); rename the file or fix the date"));
            settled.Add(pathWins ? m with { Date = path } : m);
        }
        return settled;
    }

    private static bool IsDisputed(ParsedMeeting m) => m.PathDate is { } path && path != m.Date;

    private static Dictionary<(string Series, int Year), DayOfWeek?> UsualWeekdays(IReadOnlyList<ParsedMeeting> parsed) =>
        parsed.Where(m => !IsDisputed(m)).GroupBy(m => (m.Series.Slug, m.Date.Year)).ToDictionary(
            g => g.Key,
            g =>
            {
                var count = g.Count();
                var top = g.GroupBy(m => m.Date.DayOfWeek).OrderByDescending(d => d.Count()).ThenBy(d => d.Key).First();
                return count >= MinimumCalls && top.Count() >= Share * count ? top.Key : (DayOfWeek?)null;
            });

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
