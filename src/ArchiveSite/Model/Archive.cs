using ArchiveSite.Configuration;

namespace ArchiveSite.Model;

/// <summary>
/// The whole archive after resolution: every meeting, person, reference and series, with the reverse
/// indexes pages need (a person's appearances, a reference's mentions), built once and read-only.
/// </summary>
public sealed class Archive
{
    public required SiteSettings Settings { get; init; }

    /// <summary>Where references written without their repository point (set in archive.yml or inferred).</summary>
    public required ReferenceDefaults ReferenceDefaults { get; init; }

    /// <summary>
    /// Bare <c>#N</c> left as text, with the key they would have had: the default repository was only inferred and
    /// nothing near them said they were its issues (<c>check</c> says how many, and how to have them read).
    /// </summary>
    public IReadOnlyList<ReferenceMention> BareNumbersLeftAsText { get; init; } = [];

    /// <summary>
    /// Agenda items nearly every call of a series repeats ("Opening, welcome and roll call", "Announcements"), as
    /// <see cref="RoutineKey"/>s: a call's topic line leaves them out, as they say nothing of that call.
    /// </summary>
    public IReadOnlySet<string> RoutineAgendaItems => _routine ??= FindRoutine(Meetings);

    private IReadOnlySet<string>? _routine;

    public static string RoutineKey(string series, string title) => series + "\n" + string.Join(' ', title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    // An item in three calls of four or more, in a series of five calls or more. One pass over the agendas.
    private static HashSet<string> FindRoutine(IReadOnlyList<Meeting> meetings)
    {
        var calls = meetings.CountBy(m => m.Series).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return meetings.SelectMany(m => m.Agenda.Select(a => RoutineKey(m.Series, a.Title)).Distinct(StringComparer.Ordinal).Select(k => (m.Series, Key: k)))
            .CountBy(x => x)
            .Where(p => calls[p.Key.Series] >= 5 && p.Value * 4 >= calls[p.Key.Series] * 3)
            .Select(p => p.Key.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Oldest first; ties by id.</summary>
    public required IReadOnlyList<Meeting> Meetings { get; init; }

    /// <summary>Every call but the upcoming ones (<see cref="Meeting.Upcoming"/>): what the latest calls, the charts and the feeds show.</summary>
    public IEnumerable<Meeting> Past => Meetings.Where(m => !m.Upcoming);

    /// <summary>By key.</summary>
    public required IReadOnlyList<Person> People { get; init; }

    /// <summary>By owner, repository, number.</summary>
    public required IReadOnlyList<Reference> References { get; init; }

    public required IReadOnlyList<Series> Series { get; init; }

    /// <summary>Markdown files of the content folder that include/exclude left out, each with the glob that did (said by check).</summary>
    public IReadOnlyList<LeftOutFile> LeftOut { get; init; } = [];

    /// <summary>For each series no rule named: what it was inferred from, and the rule that would say the same (for check and init).</summary>
    public IReadOnlyDictionary<string, SeriesGuess> InferredSeries { get; init; } = new Dictionary<string, SeriesGuess>();
    public required IReadOnlyDictionary<string, Meeting> MeetingsById { get; init; }
    public required IReadOnlyDictionary<string, Person> PeopleByKey { get; init; }

    /// <summary>Every appearance of a person, oldest first.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Appearance>> AppearancesByPerson { get; init; }

    public required IReadOnlyDictionary<ReferenceKey, Reference> ReferencesByKey { get; init; }
}
