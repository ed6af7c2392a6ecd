using ArchiveSite.Configuration;
using ArchiveSite.Model;
using ArchiveSite.Parsing;

namespace ArchiveSite.Resolution;

/// <summary>
/// Puts every call in its series once all notes are read: front matter first, then archive.yml's rules in
/// order, then inference (<see cref="SeriesNames"/>), which needs every note's title to tell the project's
/// name from the series', and every note's folder to tell a folder of a series' notes from a stray one.
/// Each series is named by its rule, else by the name most of its calls give it.
/// </summary>
public static class SeriesAssignment
{
    /// <returns>The calls in their series; the series, most calls first; and for each inferred series, what it was inferred from.</returns>
    public static (List<ParsedMeeting> Calls, IReadOnlyList<Series> Series, IReadOnlyDictionary<string, SeriesGuess> Inferred) Assign(
        IReadOnlyList<ParsedMeeting> parsed, IReadOnlyList<SeriesRule> rules)
    {
        var titles = parsed.Where(m => m.NoteTitle is not null).DistinctBy(m => m.File, StringComparer.Ordinal).Select(m => m.NoteTitle!).ToList();
        var projectWords = SeriesNames.ProjectWords(titles);
        var notesPerFolder = parsed.DistinctBy(m => m.File, StringComparer.Ordinal).Select(m => SeriesNames.SeriesFolder(m.File))
            .OfType<string>().CountBy(f => f, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        bool GroupsNotes(string folder) => notesPerFolder.GetValueOrDefault(folder) >= 2;
        var calls = new List<ParsedMeeting>(parsed.Count);
        var names = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var ruled = new Dictionary<string, Series>(StringComparer.Ordinal);
        var inferred = new Dictionary<string, SeriesGuess>(StringComparer.Ordinal);
        foreach (var m in parsed)
        {
            var series = m.SeriesIsFixed ? m.Series
                : rules.FirstOrDefault(r => r.Matches(m.File, m.NoteTitle)) is { } rule ? ruled[rule.Slug] = new Series(rule.Slug, rule.Name)
                : Guessed(SeriesNames.Infer(m.File, m.NoteTitle, projectWords, GroupsNotes));
            if (!names.TryGetValue(series.Slug, out var counts)) names[series.Slug] = counts = new(StringComparer.Ordinal);
            counts[series.Name] = counts.GetValueOrDefault(series.Name) + 1;
            calls.Add(series == m.Series ? m : m with { Series = series });
        }
        // Most calls first, so a folder of many meeting groups lists its busiest ones at the top.
        var list = names
            .Select(p => ruled.GetValueOrDefault(p.Key) ?? new Series(p.Key, p.Value.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key))
            .OrderByDescending(s => names[s.Slug].Values.Sum()).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        var bySlug = list.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        return (calls.Select(m => m.Series == bySlug[m.Series.Slug] ? m : m with { Series = bySlug[m.Series.Slug] }).ToList(), list,
            inferred.Where(p => !ruled.ContainsKey(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));

        Series Guessed(SeriesGuess guess)
        {
            inferred.TryAdd(guess.Series.Slug, guess);
            return guess.Series;
        }
    }
}
