using System.Globalization;
using ArchiveSite.Caching;
using ArchiveSite.Model;
using ArchiveSite.Output;
using ArchiveSite.Rendering.Views;
using ArchiveSite.Urls;

namespace ArchiveSite.Site.Pages;

/// <summary>The archive's lists of calls, newest first and grouped by month: all calls, each year, each series.</summary>
public static class CallListPages
{
    public static IEnumerable<RenderJob> All(PageContext context)
    {
        var meetings = context.Archive.Meetings;
        var newestFirst = meetings.Reverse().ToList();
        var years = YearLinks(context).Select(year => year.Link).ToList();
        foreach (var job in Listing(context, newestFirst, SitePaths.Calls, "All calls", "Calls", years,
                     $"{PageContext.Count(meetings.Count, "call", "calls")} from {(years.Count > 0 ? years[^1].Text : null)} to {(years.Count > 0 ? years[0].Text : null)}, newest first.", null, null, null))
            yield return job;

        var byYear = newestFirst.GroupBy(m => m.Date.Year).ToList();
        for (var i = 0; i < byYear.Count; i++)
        {
            var year = byYear[i];
            var newer = i > 0 ? new Link(byYear[i - 1].Key.ToString(CultureInfo.InvariantCulture), context.Href(SitePaths.Year(byYear[i - 1].Key))) : null;
            var older = i + 1 < byYear.Count ? new Link(byYear[i + 1].Key.ToString(CultureInfo.InvariantCulture), context.Href(SitePaths.Year(byYear[i + 1].Key))) : null;
            var text = year.Key.ToString(CultureInfo.InvariantCulture);
            foreach (var job in Listing(context, year.ToList(), SitePaths.Year(year.Key), $"Calls in {text}", "Calls", years,
                         $"{PageContext.Count(year.Count(), "call", "calls")} in {text}.", older, newer, text,
                         new Link("Calls", context.Href(SitePaths.Calls))))
                yield return job;
        }

        foreach (var series in newestFirst.GroupBy(m => m.Series))
        {
            var link = context.SeriesLink(series.Key);
            var upcoming = series.Where(m => m.Upcoming).Reverse().Select(m => new CallItem(context.Call(m.Id))).ToList();
            var past = series.Where(m => !m.Upcoming).ToList();
            foreach (var job in Listing(context, past, SitePaths.Series(series.Key), link.Text, "Series", years,
                         $"{PageContext.Count(past.Count, "call", "calls")} of this series, newest first{(upcoming.Count > 0 ? $", and {PageContext.Count(upcoming.Count, "upcoming call", "upcoming calls")}" : "")}.", null, null, null,
                         new Link("Series", context.Href(SitePaths.SeriesIndex)), upcoming))
                yield return job;
        }

        yield return new RenderJob(SitePaths.SeriesIndex, "SeriesIndex", () => new SeriesIndexPage
        {
            Site = context.Chrome,
            Title = "Series",
            Description = "Every kind of call in the archive.",
            CanonicalUrl = context.Canonical(SitePaths.SeriesIndex),
            Section = "Series",
            Series = meetings.GroupBy(m => m.Series)
                .Select(g => new SeriesRow(context.SeriesLink(g.Key), g.Count(), context.Call(g.First().Id), context.Call(g.Last().Id)))
                .OrderByDescending(r => r.Calls).ThenBy(r => r.Link.Text, StringComparer.Ordinal).ToList(),
        });
    }

    /// <summary>Years with their call counts, newest first, for every list page's year navigation.</summary>
    public static IReadOnlyList<CountedLink> YearLinks(PageContext context) =>
        context.Archive.Meetings.GroupBy(m => m.Date.Year).OrderByDescending(g => g.Key)
            .Select(g => new CountedLink(new Link(g.Key.ToString(CultureInfo.InvariantCulture), context.Href(SitePaths.Year(g.Key))), g.Count()))
            .ToList();

    private static IEnumerable<RenderJob> Listing(PageContext context, IReadOnlyList<Meeting> meetings, string first, string heading,
        string section, IReadOnlyList<Link> years, string intro, Link? previous, Link? next, string? year, Link? breadcrumb = null,
        IReadOnlyList<CallItem>? upcoming = null)
    {
        var rows = meetings.Select(m => context.Call(m.Id)).ToArray();
        var (yearLinks, soon) = (new EquatableList<Link>(years), new EquatableList<CallItem>(upcoming ?? []));
        foreach (var page in Pagination.Pages(rows.Length, first, context.Address))
        {
            var reads = new ListReads(context.Chrome, context.Address, page.Path, first, heading, section, intro, page.Pager, yearLinks, year,
                previous, next, breadcrumb, new EquatableList<CallRow>(page.Of(rows)), page.Pager.Page == 1 ? soon : NoneUpcoming);
            yield return new RenderJob(page.Path, "Calls", () => Model(reads), new PageReads(page.Path, () => reads));
        }
    }

    private static readonly EquatableList<CallItem> NoneUpcoming = new([]);

    /// <summary>
    /// Everything one page of a list of calls shows, found when the pages are listed (a row per call is a lookup): the
    /// page is <see cref="Model"/> of this alone, equal as a record (lists item by item, rows as <see cref="PageContext"/>
    /// keeps them), so an equal value makes the same page (<see cref="PageMemo"/>).
    /// </summary>
    private sealed record ListReads(SiteChrome Chrome, SiteAddress Address, string Path, string First, string Heading, string Section,
        string Intro, Pager Pager, EquatableList<Link> Years, string? Year, Link? Previous, Link? Next, Link? Breadcrumb,
        EquatableList<CallRow> Calls, EquatableList<CallItem> Upcoming);

    private static CallsPage Model(ListReads reads)
    {
        var (address, series) = (reads.Address, reads.Section == "Series");
        return new CallsPage
        {
            Site = reads.Chrome,
            Title = reads.Pager.IsPaged ? $"{reads.Heading} (page {reads.Pager.Page} of {reads.Pager.PageCount})" : reads.Heading,
            Heading = reads.Heading,
            SearchKind = series ? "Series" : null,
            FeedHref = series ? address.Href(SitePaths.FeedOf(reads.First)) : null,
            FeedTitle = series ? $"{reads.Heading}: new calls" : null,
            // Beside the series' page, as SeriesCalendar.PathOf writes it.
            CalendarHref = series ? address.Href(reads.First + SeriesCalendar.FileName) : null,
            Intro = reads.Intro,
            Description = reads.Intro,
            CanonicalUrl = address.Absolute(reads.Path),
            Section = reads.Section,
            Breadcrumbs = reads.Breadcrumb is null ? [] : [reads.Breadcrumb],
            Pager = reads.Pager,
            Years = reads.Years,
            CurrentYear = reads.Year,
            Months = ByMonth(reads.Calls),
            Upcoming = reads.Upcoming,
            Previous = reads.Previous,
            Next = reads.Next,
        };
    }

    /// <summary>Calls grouped by month, in the order given.</summary>
    public static IReadOnlyList<MonthGroup> ByMonth(IEnumerable<CallRow> calls) =>
        calls.GroupBy(c => (c.Date.Year, c.Date.Month))
            .Select(g => new MonthGroup(
                new DateOnly(g.Key.Year, g.Key.Month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture),
                $"{g.Key.Year:D4}-{g.Key.Month:D2}",
                g.Select(c => new CallItem(c)).ToList()))
            .ToList();
}
