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
    private readonly Dictionary<ReferenceKey, int> _callCounts;

    public PageContext(Archive archive, SiteAddress address, SiteChrome chrome)
    {
        Archive = archive;
        Address = address;
        Chrome = chrome;
        Paths = new SitePaths(archive.People);
        _personLinks = archive.People.ToDictionary(p => p.Key, p => new Link(p.Name, address.Href(Paths.Person(p.Key))), StringComparer.Ordinal);
        _seriesLinks = archive.Series.ToDictionary(s => s.Slug, s => new Link(s.Name, address.Href(SitePaths.Series(s.Slug))), StringComparer.Ordinal);
        _callCounts = archive.References.ToDictionary(r => r.Key, r => r.Mentions.Select(m => m.MeetingId).Distinct(StringComparer.Ordinal).Count());
        _callRows = new Dictionary<string, CallRow>(archive.Meetings.Count, StringComparer.Ordinal);
        foreach (var m in archive.Meetings)
            _callRows[m.Id] = new CallRow(address.Href(SitePaths.Call(m)), m.Date, LongDate(m.Date), m.Title, SeriesLink(m.Series),
                m.Mcs.Select(PersonLink).ToList(), m.Attendees.Count, m.Cancelled);
    }

    public CallRow Call(string meetingId) => _callRows[meetingId];

    /// <summary>How many distinct calls discussed a reference; counted once per build, read by every call page.</summary>
    public int CallsDiscussing(ReferenceKey key) => _callCounts[key];

    public Link PersonLink(string key) => _personLinks[key];

    public Link SeriesLink(string slug) => _seriesLinks[slug];

    public string Href(string path) => Address.Href(path);

    public string Canonical(string path) => Address.Absolute(path);

    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Count(int n, string one, string many) => $"{n.ToString("N0", CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";
}
