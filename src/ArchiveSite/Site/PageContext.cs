using System.Globalization;
using ArchiveSite.Model;
using ArchiveSite.Rendering.Views;
using ArchiveSite.Urls;

namespace ArchiveSite.Site;

/// <summary>
/// What every page builder shares: the archive, where the site lives, the layout's chrome, and the
/// small views used on many pages (a call's row, a person's link), each made once for the whole build.
/// </summary>
public sealed class PageContext
{
    public Archive Archive { get; }
    public SiteAddress Address { get; }
    public SitePaths Paths { get; }
    public SiteChrome Chrome { get; }

    private readonly Dictionary<string, CallRow> _callRows;
    private readonly Dictionary<string, Link> _personLinks;
    private readonly Dictionary<string, Link> _seriesLinks;

    /// <param name="last">The context of this process's last build of the same site (<see cref="PageMemo"/>): a row or the chrome equal to
    /// its own is that very object, so that a page's reads compare as the same objects (<see cref="Pages.CallPageReads"/>).</param>
    public PageContext(Archive archive, SiteAddress address, SiteChrome chrome, PageContext? last = null)
    {
        Archive = archive;
        Address = address;
        Chrome = last is not null && SameChrome(last.Chrome, chrome) ? last.Chrome : chrome;
        Paths = new SitePaths(archive.People);
        _personLinks = archive.People.ToDictionary(p => p.Key, p => new Link(p.Name, address.Href(Paths.Person(p.Key))), StringComparer.Ordinal);
        _seriesLinks = archive.Series.ToDictionary(s => s.Slug, s => new Link(s.Name, address.Href(SitePaths.Series(s.Slug))), StringComparer.Ordinal);
        _linkUses = archive.Meetings.SelectMany(m => m.Links.Select(l => l.Url).Distinct(StringComparer.Ordinal))
            .CountBy(url => url, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var callsOnDay = archive.Meetings.CountBy(m => (m.Series, m.Date)).ToDictionary();
        // A row per call (×30: 6,869), each made and compared alone: on every core, as the build waits for them.
        var rows = new CallRow[archive.Meetings.Count];
        Parallel.For(0, rows.Length, i =>
        {
            var m = archive.Meetings[i];
            var row = new CallRow(address.Href(SitePaths.Call(m)), m.Date, LongDate(m.Date), m.Title, SeriesLink(m.Series),
                m.Mcs.Select(PersonLink).ToList(), m.Attendees.Count, m.Cancelled, TopicLine(archive.Topics(m)), callsOnDay[(m.Series, m.Date)] > 1);
            rows[i] = last is not null && last._callRows.TryGetValue(m.Id, out var old) && SameRow(old, row) ? old : row;
        });
        _callRows = new Dictionary<string, CallRow>(rows.Length, StringComparer.Ordinal);
        for (var i = 0; i < rows.Length; i++) _callRows[archive.Meetings[i].Id] = rows[i];
        _referenceRows = archive.References.ToDictionary(r => r.Key, r => new ReferenceRow(r.Key.ToString(), Pages.CallPages.KindText(r.Kind),
            address.Href(SitePaths.Reference(r.Key)), r.GitHubUrl, r.Calls, r.DisplayTitle, ReferenceStates.Of(r)));
    }

    private static bool SameRow(CallRow old, CallRow row) => old.Mcs.SequenceEqual(row.Mcs) && old == row with { Mcs = old.Mcs };

    private static bool SameChrome(SiteChrome old, SiteChrome chrome) => old.Navigation.SequenceEqual(chrome.Navigation) && old == chrome with { Navigation = old.Navigation };

    private readonly Dictionary<ReferenceKey, ReferenceRow> _referenceRows;

    /// <summary>A PR or issue as a row of a call's list of references.</summary>
    public ReferenceRow Reference(ReferenceKey key) => _referenceRows[key];

    private readonly Dictionary<string, int> _linkUses;

    /// <summary>How many calls link an address: a recording linked by many calls is a playlist, not this call's video.</summary>
    public int CallsLinking(string url) => _linkUses.GetValueOrDefault(url);

    // The first topics (agenda items but the routine ones), as a row's topic line.
    private static string? TopicLine(IReadOnlyList<AgendaItem> items)
    {
        const int Shown = 3, MaxLength = 140;
        if (items.Count == 0) return null;
        var text = string.Join(" · ", items.Take(Shown).Select(a => a.Title));
        if (text.Length > MaxLength) text = Text.TextElements.Prefix(text, MaxLength - 1).TrimEnd() + "…";
        return items.Count > Shown ? $"{text} · +{items.Count - Shown} more" : text;
    }

    public CallRow Call(string meetingId) => _callRows[meetingId];

    /// <summary>The agenda item on its call's page (<c>/calls/2020/05/13/community-call/#agenda-pdig</c>), or null when the call has no such item.</summary>
    public string? AgendaItem(string meetingId, string? title)
    {
        if (title is null || !Archive.MeetingsById.TryGetValue(meetingId, out var meeting)) return null;
        return AgendaAnchors.For(meeting, title) is { } id ? $"{_callRows[meetingId].Href}#{id}" : null;
    }

    public Link PersonLink(string key) => _personLinks[key];

    public Link SeriesLink(string slug) => _seriesLinks[slug];

    public string Href(string path) => Address.Href(path);

    public string Canonical(string path) => Address.Absolute(path);

    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Count(int n, string one, string many) => $"{n.ToString("N0", CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";
}
