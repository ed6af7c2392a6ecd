using ArchiveSite.Diagnostics;
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

    public static IEnumerable<RenderJob> All(PageContext context, NoteRenderer notes, DiagnosticBag diagnostics)
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
            yield return new RenderJob(SitePaths.Call(meeting), "Call", () => Build(context, meeting, previous, next, notes, diagnostics));
        }
    }

    /// <summary>
    /// The page of one call whose notes were edited since <paramref name="context"/> was built (its id, date
    /// and series unchanged): <c>serve</c> redraws it at once, before the full rebuild catches up.
    /// </summary>
    public static RenderJob One(PageContext context, Meeting edited, NoteRenderer notes, DiagnosticBag diagnostics)
    {
        var ids = context.Archive.Meetings.Where(m => m.Series == edited.Series).Select(m => m.Id).ToList();
        var (previous, next) = Around(ids, ids.IndexOf(edited.Id));
        return new RenderJob(SitePaths.Call(edited), "Call", () => Build(context, edited, previous, next, notes, diagnostics));
    }

    /// <summary>The calls before and after the one at <paramref name="at"/> in its series, in date order.</summary>
    private static (string? Previous, string? Next) Around(List<string> ids, int at) =>
        (at > 0 ? ids[at - 1] : null, at >= 0 && at + 1 < ids.Count ? ids[at + 1] : null);

    private static CallPage Build(PageContext context, Meeting meeting, string? previous, string? next, NoteRenderer notes, DiagnosticBag diagnostics)
    {
        var archive = context.Archive;
        var row = context.Call(meeting.Id);
        var series = context.SeriesLink(meeting.Series);
        var references = meeting.References.Select(r => r.Key).Distinct().Order()
            .Select(key => archive.ReferencesByKey[key])
            .Select(r => new ReferenceRow(r.Key.ToString(), KindText(r.Kind), context.Href(SitePaths.Reference(r.Key)), r.GitHubUrl,
                r.Calls, r.DisplayTitle, ReferenceStates.Of(r)))
            .ToList();
        var anchors = AgendaAnchors.Of(meeting);
        var inputs = notes.InputsOf(meeting, TemplateIds.Concat(anchors));
        var spoke = meeting.Statements.CountBy(s => s.Person, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        return new CallPage
        {
            Site = context.Chrome,
            Title = $"{meeting.Title}, {row.DateText}",
            Heading = meeting.Title,
            Description = Summary(meeting, context.Archive.Topics(meeting)),
            CanonicalUrl = context.Canonical(SitePaths.Call(meeting)),
            Section = "Calls",
            Breadcrumbs = [new Link("Calls", context.Href(SitePaths.Calls)), new Link(meeting.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), context.Href(SitePaths.Year(meeting.Date.Year)))],
            SearchKind = "Call",
            DateText = row.DateText,
            IsoDate = PageContext.IsoDate(meeting.Date),
            Year = meeting.Date.Year,
            Series = series,
            Cancelled = meeting.Cancelled,
            Mcs = meeting.Mcs.Select(context.PersonLink).ToList(),
            Attendees = meeting.Attendees.Select(key =>
                {
                    var link = context.PersonLink(key);
                    return new PersonLine(link.Text, link.Href, meeting.PersonDetails.GetValueOrDefault(key), spoke.GetValueOrDefault(key));
                })
                .OrderBy(l => l.Text, StringComparer.OrdinalIgnoreCase).ToList(),
            NextMcs = meeting.NextMc.Select(context.PersonLink).ToList(),
            MeetingLinks = meeting.Links.Select(l => new Link(LinkLabel(l, context), l.Url)).ToList(),
            Agenda = meeting.Agenda.Zip(anchors, (a, id) => new AgendaRow(id, a.Title, a.Section, a.Presenters.Select(context.PersonLink).ToList(), a.UnknownPresenters)).ToList(),
            References = references,
            RenderNotes = () => NoteRenderer.Render(inputs),
            NotesFingerprint = inputs.Fingerprint(),
            PreviousInSeries = previous is null ? null : context.Call(previous),
            NextInSeries = next is null ? null : context.Call(next),
            Sources = meeting.Sources.Select(s => new SourceRow($"{s.File}:{s.Line}",
                archive.Settings.SourceUrl is { } url ? $"{url}/{Uri.EscapeDataString(s.File).Replace("%2F", "/")}#L{s.Line}" : null)).ToList(),
            // Names, not keys: the search page shows filter values as they are.
            PersonFilters = meeting.PeopleNamed.Select(k => context.PersonLink(k).Text).Distinct().Order(StringComparer.Ordinal).ToList(),
            RepositoryFilters = meeting.References.Select(r => r.Key.Repository).Distinct().Order(StringComparer.Ordinal).ToList(),
            Decisions = meeting.Decisions.Select(d => d.Text).ToList(),
            Actions = meeting.Actions.Select(a => MinutesPages.Row(context, meeting, a)).ToList(),
            SpeakerFilters = spoke.Keys.Select(k => context.PersonLink(k).Text).Distinct().Order(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>
    /// "Recording" linking a playlist (an address with a list and no video, or one that many calls link) says so:
    /// the reader should not expect this call's video.
    /// </summary>
    private static string LinkLabel(MeetingLink link, PageContext context)
    {
        var recording = link.Label.Contains("record", StringComparison.OrdinalIgnoreCase) || link.Label.Contains("video", StringComparison.OrdinalIgnoreCase);
        var playlist = link.Url.Contains("playlist", StringComparison.OrdinalIgnoreCase)
            || (link.Url.Contains("list=", StringComparison.OrdinalIgnoreCase) && !link.Url.Contains("v=", StringComparison.OrdinalIgnoreCase))
            || context.CallsLinking(link.Url) > 2;
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
