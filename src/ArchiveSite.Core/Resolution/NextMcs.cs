using ArchiveSite.Model;
using ArchiveSite.Text;

namespace ArchiveSite.Resolution;

/// <summary>
/// "MC next call: Leo" names someone only the next call can tell apart: when the name alone matched nobody
/// known, and the series' next call was led by one person whose name, handle or an alias starts with it
/// (Leonardo Grasso, leogr), that is who was meant.
/// </summary>
internal static class NextMcs
{
    public static List<Meeting> Settle(List<Meeting> meetings, PeopleDirectory people)
    {
        var nextInSeries = new Dictionary<string, Meeting>(StringComparer.Ordinal);
        foreach (var series in meetings.Where(m => !m.Cancelled).GroupBy(m => m.Series))
        {
            var ordered = series.OrderBy(m => m.Date).ToList();
            for (var i = 0; i + 1 < ordered.Count; i++) nextInSeries[ordered[i].Id] = ordered[i + 1];
        }
        return meetings.Select(m =>
            {
                if (!m.NextMc.Any(k => !people.IsKnown(k)) || !nextInSeries.TryGetValue(m.Id, out var next)) return m;
                var settled = m.NextMc.Select(k => people.IsKnown(k) ? k : LedNext(k, next, people) ?? k).Distinct().ToList();
                // Unchanged, the call stays the same object (what a rebuild compares its pages by).
                return settled.SequenceEqual(m.NextMc, StringComparer.Ordinal) ? m : m with { NextMc = settled };
            }).ToList();
    }

    private static string? LedNext(string stub, Meeting next, PeopleDirectory people)
    {
        var written = PersonNames.Normalize(people.ToPerson(stub).Name);
        var matches = next.Mcs.Where(mc => Words(people.ToPerson(mc)).Any(w => w.StartsWith(written, StringComparison.Ordinal))).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private static IEnumerable<string> Words(Person person) =>
        person.Aliases.Append(person.Name).Append(person.Key)
            .SelectMany(n => PersonNames.Normalize(n).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
