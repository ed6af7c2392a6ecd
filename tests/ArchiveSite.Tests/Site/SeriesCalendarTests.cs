using ArchiveSite.Tests.Support;
using Ical.Net.CalendarComponents;

namespace ArchiveSite.Tests.Site;

/// <summary>A series as an iCalendar file: read back by Ical.Net, every call an all-day event linking its page, the next expected call last.</summary>
public sealed class SeriesCalendarTests(SyncedSite synced) : IClassFixture<SyncedSite>
{
    [Fact]
    public void ASeriesCalendarHoldsItsCallsAndTheNextExpectedOne()
    {
        var site = synced.Site;
        var series = Directory.GetDirectories(Path.Combine(site.Root, "series")).Single();
        var text = File.ReadAllText(Path.Combine(series, "calls.ics"));
        var calendar = Ical.Net.Calendar.Load(text)!;

        var events = calendar.Events.OrderBy(e => e.DtStart!.Value).ToList();
        Assert.Equal(3, events.Count);
        Assert.Equal([SyncedNotes.Old, SyncedNotes.Recent], events.Take(2).Select(e => DateOnly.FromDateTime(e.DtStart!.Value)));
        Assert.All(events, e => Assert.False(e.DtStart!.HasTime));
        Assert.StartsWith($"https://widgets.example/calls/{SyncedNotes.Iso(SyncedNotes.Recent).Replace('-', '/')}/", events[1].Url!.ToString(), StringComparison.Ordinal);
        // Two calls two years apart: the usual gap is two years, so the next is expected two years after the last.
        var next = events[2];
        Assert.Equal(("TENTATIVE", SyncedNotes.Recent.AddDays(SyncedNotes.Recent.DayNumber - SyncedNotes.Old.DayNumber)),
            (next.Status, DateOnly.FromDateTime(next.DtStart!.Value)));
        Assert.Contains("(expected)", next.Summary, StringComparison.Ordinal);

        var page = site.Page("/series/" + Path.GetFileName(series) + "/");
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href")!.EndsWith("/calls.ics", StringComparison.Ordinal));
    }
}
