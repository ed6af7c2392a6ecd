using ArchiveSite.Configuration;
using ArchiveSite.Model;

namespace ArchiveSite.Resolution;

/// <summary>Builds every reverse index of the archive (appearances per person, mentions per reference) in one pass.</summary>
internal static class ArchiveIndexer
{
    public static Archive Index(SiteSettings settings, ReferenceDefaults referenceDefaults, IReadOnlyList<Series> series,
        IReadOnlyDictionary<string, SeriesGuess> inferredSeries, List<Meeting> meetings, PeopleDirectory directory,
        IReadOnlyDictionary<ReferenceKey, ReferenceFacts> facts, IReadOnlyList<LeftOutFile> leftOut, IReadOnlyList<ReferenceMention>? bareLeftAsText = null)
    {
        meetings.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : string.CompareOrdinal(a.Id, b.Id));
        // Which items are routine reads every call's agenda and nothing this pass makes: found beside it.
        var routineAndTopics = Task.Run(() => Topics(meetings));
        var appearances = new Dictionary<string, List<Appearance>>(StringComparer.Ordinal);
        var mentions = new Dictionary<ReferenceKey, (ReferenceKind Kind, List<MeetingMention> List)>();

        foreach (var m in meetings)
        {
            foreach (var key in m.Mcs) Appear(appearances, key, new Appearance(m.Id, m.Date, PersonRole.MC, null, m.PersonDetails.GetValueOrDefault(key)));
            foreach (var key in m.Attendees) Appear(appearances, key, new Appearance(m.Id, m.Date, PersonRole.Attendee, null, m.PersonDetails.GetValueOrDefault(key)));
            foreach (var key in m.NextMc) Appear(appearances, key, new Appearance(m.Id, m.Date, PersonRole.NextMC, null));
            foreach (var item in m.Agenda)
                foreach (var key in item.Presenters) Appear(appearances, key, new Appearance(m.Id, m.Date, PersonRole.Presenter, item.Title));
            if (m.Statements.Count > 0)
            {
                // Who spoke without a place on the roster (a transcript's speaker no roster lists) took part too.
                var present = m.Participants.ToHashSet(StringComparer.Ordinal);
                foreach (var key in m.Statements.Select(s => s.Person).Distinct(StringComparer.Ordinal).Where(present.Add))
                    Appear(appearances, key, new Appearance(m.Id, m.Date, PersonRole.Speaker, null));
            }
            foreach (var mention in m.References)
            {
                var entry = mentions.TryGetValue(mention.Key, out var e) ? e : (Kind: ReferenceKind.Unknown, List: new List<MeetingMention>());
                entry.List.Add(new MeetingMention(m.Id, m.Date, mention));
                // A link says pull or issue; text like falco#1191 does not. The most specific wins.
                mentions[mention.Key] = (Specific(entry.Kind, mention.Kind), entry.List);
            }
        }

        var (routine, topics) = routineAndTopics.GetAwaiter().GetResult();
        var people = appearances.Keys.Order(StringComparer.Ordinal).Select(directory.ToPerson).ToList();
        var references = mentions.OrderBy(p => p.Key).Select(p => WithFacts(new Reference(p.Key, p.Value.Kind, p.Value.List) { Title = TitleWritten(p.Value.List) }, facts)).ToList();
        return new Archive
        {
            LeftOut = leftOut,
            BareNumbersLeftAsText = bareLeftAsText ?? [],
            RoutineAgendaItems = routine,
            TopicsById = topics,
            Settings = settings,
            ReferenceDefaults = referenceDefaults,
            Meetings = meetings,
            People = people,
            References = references,
            Series = series,
            InferredSeries = inferredSeries,
            MeetingsById = meetings.ToDictionary(m => m.Id, StringComparer.Ordinal),
            PeopleByKey = people.ToDictionary(p => p.Key, StringComparer.Ordinal),
            AppearancesByPerson = appearances.ToDictionary(p => p.Key, p => (IReadOnlyList<Appearance>)p.Value, StringComparer.Ordinal),
            ReferencesByKey = references.ToDictionary(r => r.Key),
        };
    }

    // An item in three calls of four or more, in a series of five calls or more; each call's topics are its other
    // items. Every title is made comparable once, here: the topic lines of every page and feed read them from here.
    private static (HashSet<string> Routine, Dictionary<string, IReadOnlyList<AgendaItem>> Topics) Topics(List<Meeting> meetings)
    {
        var keys = meetings.Select(RoutineKeys).ToList();
        var calls = meetings.CountBy(m => m.Series).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        // A key holds its series (Archive.RoutineKey), so counting keys alone counts each series' items apart.
        var counts = new Dictionary<string, (string Series, int Calls)>(StringComparer.Ordinal);
        for (var i = 0; i < meetings.Count; i++)
            foreach (var key in keys[i].Distinct)
                counts[key] = (meetings[i].Series, counts.GetValueOrDefault(key).Calls + 1);
        var routine = counts.Where(p => calls[p.Value.Series] >= 5 && p.Value.Calls * 4 >= calls[p.Value.Series] * 3)
            .Select(p => p.Key)
            .ToHashSet(StringComparer.Ordinal);
        var topics = new Dictionary<string, IReadOnlyList<AgendaItem>>(meetings.Count, StringComparer.Ordinal);
        for (var i = 0; i < meetings.Count; i++)
            topics[meetings[i].Id] = meetings[i].Agenda.Where((_, item) => !routine.Contains(keys[i].ByItem[item])).ToList();
        return (routine, topics);
    }

    /// <summary>A call's routine keys: one per agenda item, and each key once.</summary>
    private sealed record CallKeys(IReadOnlyList<string> ByItem, IReadOnlyList<string> Distinct);

    // A call's keys are its own series and titles: found once per call, not once per build, as a call resolved from an
    // unchanged note is the same object from build to build in a process that builds again (serve).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Meeting, CallKeys> KnownKeys = new();

    private static CallKeys RoutineKeys(Meeting meeting) =>
        KnownKeys.GetValue(meeting, m =>
        {
            var byItem = m.Agenda.Select(a => Archive.RoutineKey(m.Series, a.Title)).ToList();
            return new CallKeys(byItem, byItem.Distinct(StringComparer.Ordinal).ToList());
        });

    /// <summary>What refs.json says of it; GitHub's kind where the notes did not say (falco#1191).</summary>
    private static Reference WithFacts(Reference reference, IReadOnlyDictionary<ReferenceKey, ReferenceFacts> facts) =>
        facts.TryGetValue(reference.Key, out var known)
            ? reference with { Facts = known, Kind = reference.Kind == ReferenceKind.Unknown && known.State != ReferenceState.NotFound ? known.Kind : reference.Kind }
            : reference;

    private static ReferenceKind Specific(ReferenceKind known, ReferenceKind seen) =>
        known == ReferenceKind.Pull || seen == ReferenceKind.Pull ? ReferenceKind.Pull
        : known == ReferenceKind.Issue || seen == ReferenceKind.Issue ? ReferenceKind.Issue
        : known == ReferenceKind.Discussion || seen == ReferenceKind.Discussion ? ReferenceKind.Discussion
        : ReferenceKind.Unknown;

    private static void Appear(Dictionary<string, List<Appearance>> index, string key, Appearance appearance)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(appearance);
    }

    // The most specific words the notes give it (a link's own words before the line around it), the latest
    // call first: titles are reworded as a PR goes on, and the latest notes say what it became.
    private const int ShortTitle = 80;

    private static string? TitleWritten(List<MeetingMention> mentions) =>
        mentions.Where(m => m.Mention.Title is not null)
            .OrderByDescending(m => m.Mention.Title!.FromLinkText).ThenByDescending(m => m.Mention.Title!.Text.Length <= ShortTitle).ThenByDescending(m => m.Date)
            .Select(m => m.Mention.Title!.Text).FirstOrDefault();
}
