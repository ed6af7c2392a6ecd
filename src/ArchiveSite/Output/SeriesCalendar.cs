using System.Globalization;
using ArchiveSite.Model;
using ArchiveSite.Text;
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

    /// <summary>What <see cref="Write"/> makes the file from, hashed: equal fingerprints, equal files.</summary>
    public static byte[] Fingerprint(Series series, IReadOnlyList<Meeting> calls, SiteAddress address, string siteTitle)
    {
        using var inputs = new InputHash().Add("ics", series.Slug, series.Name, siteTitle, address.BasePath, address.Origin);
        foreach (var call in calls)
            inputs.Add(call.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), call.Title, SitePaths.Call(call));
        return inputs.Hash();
    }

    public static void Write(string file, Series series, IReadOnlyList<Meeting> calls, SiteAddress address, string siteTitle)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//archive-site//series calendar//EN" };
        calendar.AddProperty("X-WR-CALNAME", $"{siteTitle}: {series.Name}");
        var last = calls.Count == 0 ? new DateOnly(2000, 1, 1) : calls.Max(c => c.Date);
        foreach (var call in calls)
            calendar.Events.Add(Event(call.Date, call.Title, Uid(address, SitePaths.Call(call)), Link(address, SitePaths.Call(call)), last));
        if (Cadence.NextAfterLast(calls.Select(c => c.Date).ToList()) is { } next)
            calendar.Events.Add(Event(next, $"{series.Name} (expected)", Uid(address, SitePaths.Series(series.Slug) + "next-" + next.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                Link(address, SitePaths.Series(series.Slug)), last, expected: true));
        File.WriteAllText(file, new CalendarSerializer().SerializeToString(calendar), new System.Text.UTF8Encoding(false));
    }

    /// <summary>The page's address, when the site has an absolute one (a calendar has no page to be relative to).</summary>
    private static Uri? Link(SiteAddress address, string path) => address.IsAbsolute ? new Uri(address.Absolute(path)) : null;

    private static CalendarEvent Event(DateOnly date, string title, string uid, Uri? url, DateOnly stamp, bool expected = false) => new()
    {
        Summary = title,
        Uid = uid,
        DtStart = new CalDateTime(date.Year, date.Month, date.Day),
        DtEnd = new CalDateTime(date.AddDays(1).Year, date.AddDays(1).Month, date.AddDays(1).Day),
        DtStamp = new CalDateTime(stamp.Year, stamp.Month, stamp.Day, 0, 0, 0, "UTC"),
        Url = url,
        Status = expected ? "TENTATIVE" : "CONFIRMED",
        Description = expected ? "The next call if the series keeps its usual rhythm; its notes, once written, will say." : null,
    };

    /// <summary>Stable across builds: the page's path with the site's address (or its path alone when the site has no absolute address).</summary>
    private static string Uid(SiteAddress address, string path) => (address.IsAbsolute ? address.Absolute(path) : path) + "#call";
}
