using ArchiveSite.Configuration;
using ArchiveSite.Text;

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
    public IReadOnlySet<string> RoutineAgendaItems { get; init; } = new HashSet<string>();

    public static string RoutineKey(string series, string title) => series + "\n" + ComparableText.Of(title);

    /// <summary>Each call's <see cref="Topics"/> by id, found once as the routine items are (empty: found on asking).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<AgendaItem>> TopicsById { get; init; } = new Dictionary<string, IReadOnlyList<AgendaItem>>();

    /// <summary>
    /// A call's agenda items but the routine ones (<see cref="RoutineAgendaItems"/>): what its topic line names. A call
    /// that is not the archive's own (serve's quick redraw of an edited note) has its own found again.
    /// </summary>
    public IReadOnlyList<AgendaItem> Topics(Meeting meeting) =>
        TopicsById.TryGetValue(meeting.Id, out var topics) && MeetingsById.TryGetValue(meeting.Id, out var own) && ReferenceEquals(own, meeting)
            ? topics
            : meeting.Agenda.Where(a => !RoutineAgendaItems.Contains(RoutineKey(meeting.Series, a.Title))).ToList();

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

    /// <summary>Every appearance of a person, in the order of <see cref="Meetings"/>, with each call's appearances together.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Appearance>> AppearancesByPerson { get; init; }

    public required IReadOnlyDictionary<ReferenceKey, Reference> ReferencesByKey { get; init; }
}
