using ArchiveSite.Model;
using ArchiveSite.Rendering;
using ArchiveSite.Rendering.Views;
using ArchiveSite.Urls;

namespace ArchiveSite.Site.Pages;

/// <summary>One page per call: who was there, what was discussed, its notes, and the calls around it.</summary>
public static class CallPages
{
    /// <summary>Ids the call template gives its own sections; note headings are given others.</summary>
    public static readonly IReadOnlyList<string> TemplateIds =
        ["main", "search-box", "call-details", "call-people", "call-agenda", "call-decisions", "call-actions", "call-notes", "call-references", "call-source", "call-series"];

    public static IEnumerable<RenderJob> All(PageContext context, NoteRenderer notes)
    {
        // Previous and next call of the same series, from one pass over the calls in date order.
        var neighbours = new Dictionary<string, (string? Previous, string? Next)>(StringComparer.Ordinal);
        foreach (var series in context.Archive.Meetings.GroupBy(m => m.Series))
        {
            var ids = series.Select(m => m.Id).ToList();
            for (var i = 0; i < ids.Count; i++) neighbours[ids[i]] = Around(ids, i);
        }
        foreach (var meeting in context.Archive.Meetings)
        {
            var (previous, next) = neighbours[meeting.Id];
            yield return Job(context, meeting, previous, next, notes);
        }
    }

    /// <summary>
    /// The page of one call whose notes were edited since <paramref name="context"/> was built (its id, date
    /// and series unchanged): <c>serve</c> redraws it at once, before the full rebuild catches up.
    /// </summary>
    public static RenderJob One(PageContext context, Meeting edited, NoteRenderer notes)
    {
        var ids = context.Archive.Meetings.Where(m => m.Series == edited.Series).Select(m => m.Id).ToList();
        var (previous, next) = Around(ids, ids.IndexOf(edited.Id));
        return Job(context, edited, previous, next, notes);
    }

    /// <summary>The calls before and after the one at <paramref name="at"/> in its series, in date order.</summary>
    private static (string? Previous, string? Next) Around(List<string> ids, int at) =>
        (at > 0 ? ids[at - 1] : null, at >= 0 && at + 1 < ids.Count ? ids[at + 1] : null);

    // The page is a function of the call and what it reads of the build: the reads are looked up once, for the model
    // and, in a process that builds again, for the page's memo (PageMemo), which takes the page's last fingerprint
    // instead of its model when the call is the same object and the reads are equal.
    private static RenderJob Job(PageContext context, Meeting meeting, string? previous, string? next, NoteRenderer notes)
    {
        CallPageReads? reads = null;
        CallPageReads Reads() => reads ??= CallPageReads.Of(context, meeting, previous, next);
        return new RenderJob(SitePaths.Call(meeting), "Call", () => Model(meeting, Reads(), notes), new PageReads(meeting, Reads));
    }

    /// <summary>A call's page: made from the call, <paramref name="reads"/> and its notes as <paramref name="notes"/> renders them (nothing else of the build is in reach here).</summary>
    private static CallPage Model(Meeting meeting, CallPageReads reads, NoteRenderer notes)
    {
        var anchors = AgendaAnchors.Of(meeting);
        var spoke = meeting.Statements.CountBy(s => s.Person, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var (address, row) = (reads.Address, reads.Row);
        var noteInputs = notes.InputsOf(meeting, TemplateIds.Concat(anchors));
        var people = CallPageReads.Named(meeting).Zip(reads.People).ToDictionary(StringComparer.Ordinal);
        Link Person(string key) => people[key];
        return new CallPage
        {
            Site = reads.Chrome,
            Title = $"{meeting.Title}, {row.DateText}",
            Heading = meeting.Title,
            Description = Summary(meeting, reads.Topics),
            CanonicalUrl = address.Absolute(SitePaths.Call(meeting)),
            Section = "Calls",
            Breadcrumbs = [new Link("Calls", address.Href(SitePaths.Calls)), new Link(meeting.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), address.Href(SitePaths.Year(meeting.Date.Year)))],
            SearchKind = "Call",
            DateText = row.DateText,
            IsoDate = PageContext.IsoDate(meeting.Date),
            Year = meeting.Date.Year,
            Series = reads.Series,
            Cancelled = meeting.Cancelled,
            Mcs = meeting.Mcs.Select(Person).ToList(),
            Attendees = meeting.Attendees.Select(key =>
                {
                    var link = Person(key);
                    return new PersonLine(link.Text, link.Href, meeting.PersonDetails.GetValueOrDefault(key), spoke.GetValueOrDefault(key));
                })
                .OrderBy(l => l.Text, StringComparer.OrdinalIgnoreCase).ToList(),
            NextMcs = meeting.NextMc.Select(Person).ToList(),
            MeetingLinks = meeting.Links.Select((l, i) => new Link(LinkLabel(l, reads.LinkUses[i]), l.Url)).ToList(),
            Agenda = meeting.Agenda.Zip(anchors, (a, id) => new AgendaRow(id, a.Title, a.Section, a.Presenters.Select(Person).ToList(), a.UnknownPresenters)).ToList(),
            References = reads.References,
            RenderNotes = () => NoteRenderer.Render(noteInputs),
            NotesFingerprint = noteInputs.Fingerprint(),
            PreviousInSeries = reads.Previous,
            NextInSeries = reads.Next,
            Sources = meeting.Sources.Select(s => new SourceRow($"{s.File}:{s.Line}",
                reads.SourceUrl is { } url ? $"{url}/{Uri.EscapeDataString(s.File).Replace("%2F", "/")}#L{s.Line}" : null)).ToList(),
            // Names, not keys: the search page shows filter values as they are.
            PersonFilters = meeting.PeopleNamed.Select(k => Person(k).Text).Distinct().Order(StringComparer.Ordinal).ToList(),
            RepositoryFilters = meeting.References.Select(r => r.Key.Repository).Distinct().Order(StringComparer.Ordinal).ToList(),
            Decisions = meeting.Decisions.Select(d => d.Text).ToList(),
            Actions = reads.Actions,
            SpeakerFilters = spoke.Keys.Select(k => Person(k).Text).Distinct().Order(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>
    /// "Recording" linking a playlist (an address with a list and no video, or one that many calls link) says so:
    /// the reader should not expect this call's video.
    /// </summary>
    /// <param name="callsLinking">How many calls link the same address (<see cref="PageContext.CallsLinking"/>).</param>
    private static string LinkLabel(MeetingLink link, int callsLinking)
    {
        var recording = link.Label.Contains("record", StringComparison.OrdinalIgnoreCase) || link.Label.Contains("video", StringComparison.OrdinalIgnoreCase);
        var playlist = link.Url.Contains("playlist", StringComparison.OrdinalIgnoreCase)
            || (link.Url.Contains("list=", StringComparison.OrdinalIgnoreCase) && !link.Url.Contains("v=", StringComparison.OrdinalIgnoreCase))
            || callsLinking > 2;
        return recording && playlist ? "All recordings (playlist)" : link.Label;
    }

    public static string KindText(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Pull => "pull request",
        ReferenceKind.Issue => "issue",
        ReferenceKind.Discussion => "discussion",
        _ => "issue or pull request",
    };

    /// <summary>One sentence about a call, for its page description and the feed.</summary>
    /// <param name="topics">Its agenda items but the routine ones (<see cref="Archive.Topics"/>).</param>
    public static string Summary(Meeting meeting, IReadOnlyList<AgendaItem> topics)
    {
        var date = PageContext.LongDate(meeting.Date);
        if (meeting.Cancelled) return $"{meeting.Title} of {date} was cancelled.";
        var shown = topics.Take(3).Select(a => a.Title).ToList();
        var who = PageContext.Count(meeting.Attendees.Count, "attendee", "attendees");
        return shown.Count == 0 ? $"{meeting.Title} of {date}, {who}." : $"{meeting.Title} of {date}, {who}: {string.Join("; ", shown)}.";
    }
}
