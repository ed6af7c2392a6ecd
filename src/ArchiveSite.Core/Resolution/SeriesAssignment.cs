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
        // A note that names nothing titles its calls with the series the parser guessed ("Meetings", or "Meetings: Day 2"):
        // they take the name of the series they are placed in instead. The rest of such a title, by call. A note titled
        // only "Meeting notes" (or "Minutes", "Agenda") names nothing either: its calls take their series' name.
        var untitled = parsed.Select(m => CallTitle.WithoutDate(m.NoteTitle) is not { } named
            ? m.Title.StartsWith(m.Series.Name, StringComparison.Ordinal) ? m.Title[m.Series.Name.Length..] : null
            : SeriesNames.SaysOnlyMeeting(named) && m.Title == named ? "" : null).ToList();
        // Inferred once per note: a note of many calls gives them all the same file and title.
        var guesses = new Dictionary<(string File, string? Title), SeriesGuess>();
        SeriesGuess Inferred(ParsedMeeting m) =>
            guesses.TryGetValue((m.File, m.NoteTitle), out var guess) ? guess
            : guesses[(m.File, m.NoteTitle)] = SeriesNames.Infer(m.File, m.NoteTitle, projectWords, GroupsNotes);
        var calls = new List<ParsedMeeting>(parsed.Count);
        var names = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var ruled = new Dictionary<string, Series>(StringComparer.Ordinal);
        var inferred = new Dictionary<string, SeriesGuess>(StringComparer.Ordinal);
        foreach (var m in parsed)
        {
            var series = m.SeriesIsFixed ? m.Series
                : rules.FirstOrDefault(r => r.Matches(m.File, m.NoteTitle)) is { } rule ? ruled[rule.Slug] = new Series(rule.Slug, rule.Name)
                : Guessed(Inferred(m));
            if (!names.TryGetValue(series.Slug, out var counts)) names[series.Slug] = counts = new(StringComparer.Ordinal);
            counts[series.Name] = counts.GetValueOrDefault(series.Name) + 1;
            calls.Add(series == m.Series ? m : m with { Series = series });
        }
        MoveUnnamedToTheBusiest(calls, names, inferred);
        // Most calls first, so a folder of many meeting groups lists its busiest ones at the top.
        var list = names
            .Select(p => ruled.GetValueOrDefault(p.Key) ?? new Series(p.Key, MostGiven(p.Value)))
            .OrderByDescending(s => names[s.Slug].Values.Sum()).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        var bySlug = list.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        return (calls.Select((m, i) => Placed(m, bySlug[m.Series.Slug], untitled[i])).ToList(), list,
            inferred.Where(p => !ruled.ContainsKey(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));

        static ParsedMeeting Placed(ParsedMeeting m, Series series, string? untitledRest) =>
            untitledRest is not null && m.Title != series.Name + untitledRest ? m with { Series = series, Title = series.Name + untitledRest }
            : m.Series == series ? m : m with { Series = series };

        Series Guessed(SeriesGuess guess)
        {
            inferred.TryAdd(guess.Series.Slug, guess);
            return guess.Series;
        }
    }

    /// <summary>
    /// The name most of a series' calls give it, spellings that differ only in capitals counted as one and written
    /// with the most capitals any gives ("TSC" from a title over "Tsc" from its folder).
    /// </summary>
    private static string MostGiven(Dictionary<string, int> names) =>
        names.GroupBy(n => n.Key, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Sum(n => n.Value)).ThenBy(g => g.Key, StringComparer.Ordinal).First()
            .OrderByDescending(n => n.Key.Count(char.IsUpper)).ThenByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key;

    /// <summary>
    /// Calls whose note names no series (an untitled note in a release archive, "## 2021-06-09" and its notes) go
    /// with the series most calls are in, where copies of them usually are, rather than in a series of their own.
    /// </summary>
    private static void MoveUnnamedToTheBusiest(List<ParsedMeeting> calls, Dictionary<string, Dictionary<string, int>> names, Dictionary<string, SeriesGuess> inferred)
    {
        var unnamed = SeriesNames.Default.Slug;
        if (!inferred.ContainsKey(unnamed) || names.Count < 2) return;
        var busiest = names.Where(p => p.Key != unnamed).OrderByDescending(p => p.Value.Values.Sum()).ThenBy(p => p.Key, StringComparer.Ordinal).First();
        var series = new Series(busiest.Key, MostGiven(busiest.Value));
        var moved = 0;
        for (var i = 0; i < calls.Count; i++)
        {
            if (calls[i].Series.Slug != unnamed || calls[i].SeriesIsFixed) continue;
            calls[i] = calls[i] with { Series = series };
            moved++;
        }
        busiest.Value[series.Name] += moved;
        // Front matter may name the same slug on purpose: those calls stay.
        var left = names[unnamed][SeriesNames.Default.Name] -= moved;
        if (left <= 0) names[unnamed].Remove(SeriesNames.Default.Name);
        if (names[unnamed].Count == 0) names.Remove(unnamed);
        inferred.Remove(unnamed);
    }
}
