using System.Globalization;
using ArchiveSite.Model;
using ArchiveSite.Urls;

using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace ArchiveSite.Output;

/// <summary>
/// A series as an iCalendar file (<c>/series/SLUG/calls.ics</c>): every call as an all-day event linking its
/// page, and the next one the cadence expects (the last call plus the usual gap, marked as expected). Every
/// date comes from the calls, never from the clock, so rebuilds are identical.
/// </summary>
public static class SeriesCalendar
{
    public const string FileName = "calls.ics";

    public static string PathOf(string slug) => SitePaths.Series(slug) + FileName;

    /// <summary>Everything the calendar's file says, taken from the archive once: <see cref="Write"/> reads nothing else.</summary>
    public sealed record Document(string Name, IReadOnlyList<CallEvent> Events);

    /// <param name="Stamp">The series' last call: every event's DTSTAMP, so that rebuilds are identical.</param>
    /// <param name="Expected">The next call the cadence expects, not a call the notes record.</param>
    public sealed record CallEvent(DateOnly Date, string Title, string Uid, string? Url, DateOnly Stamp, bool Expected);

    /// <summary>The series' calendar file, made from its <see cref="Document"/> and kept when that is unchanged.</summary>
    public static OutputFile File(Series series, IReadOnlyList<Meeting> calls, SiteAddress address, string siteTitle) =>
        OutputFile.From(PathOf(series.Slug), () => DocumentOf(series, calls, address, siteTitle), OutputDocumentsJson.Default.CalendarDocument, Write);

    public static Document DocumentOf(Series series, IReadOnlyList<Meeting> calls, SiteAddress address, string siteTitle)
    {
        var last = calls.Count == 0 ? new DateOnly(2000, 1, 1) : calls.Max(c => c.Date);
        var events = calls.Select(call => new CallEvent(call.Date, call.Title, Uid(address, SitePaths.Call(call)), Link(address, SitePaths.Call(call)), last, Expected: false)).ToList();
        if (Cadence.NextAfterLast(calls.Select(c => c.Date).ToList()) is { } next)
            events.Add(new CallEvent(next, $"{series.Name} (expected)", Uid(address, SitePaths.Series(series.Slug) + "next-" + next.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                Link(address, SitePaths.Series(series.Slug)), last, Expected: true));
        return new Document($"{siteTitle}: {series.Name}", events);
    }

    public static void Write(string file, Document document)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//archive-site//series calendar//EN" };
        calendar.AddProperty("X-WR-CALNAME", document.Name);
        foreach (var e in document.Events) calendar.Events.Add(IcalEvent(e));
        System.IO.File.WriteAllText(file, new CalendarSerializer().SerializeToString(calendar), new System.Text.UTF8Encoding(false));
    }

    /// <summary>The page's address, when the site has an absolute one (a calendar has no page to be relative to).</summary>
    private static string? Link(SiteAddress address, string path) => address.IsAbsolute ? address.Absolute(path) : null;

    private static CalendarEvent IcalEvent(CallEvent e) => new()
    {
        Summary = e.Title,
        Uid = e.Uid,
        DtStart = new CalDateTime(e.Date.Year, e.Date.Month, e.Date.Day),
        DtEnd = new CalDateTime(e.Date.AddDays(1).Year, e.Date.AddDays(1).Month, e.Date.AddDays(1).Day),
        DtStamp = new CalDateTime(e.Stamp.Year, e.Stamp.Month, e.Stamp.Day, 0, 0, 0, "UTC"),
        Url = e.Url is null ? null : new Uri(e.Url),
        Status = e.Expected ? "TENTATIVE" : "CONFIRMED",
        Description = e.Expected ? "The next call if the series keeps its usual rhythm; its notes, once written, will say." : null,
    };

    /// <summary>Stable across builds: the page's path with the site's address (or its path alone when the site has no absolute address).</summary>
    private static string Uid(SiteAddress address, string path) => (address.IsAbsolute ? address.Absolute(path) : path) + "#call";
}
