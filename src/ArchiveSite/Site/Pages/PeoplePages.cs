using System.Globalization;
using ArchiveSite.Model;
using ArchiveSite.Rendering.Views;
using ArchiveSite.Urls;

namespace ArchiveSite.Site.Pages;

/// <summary>The people index, by calls attended, and one page per person with every call they took part in.</summary>
public static class PeoplePages
{
    public static IEnumerable<RenderJob> All(PageContext context)
    {
        var archive = context.Archive;
        var rows = archive.People.Select(p => Row(context, p))
            .OrderByDescending(r => r.Attended).ThenBy(r => r.Person.Text, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Person.Href, StringComparer.Ordinal)
            .ToList();
        foreach (var slice in Pagination.Paginate(rows, SitePaths.People, context.Address))
            yield return new RenderJob(slice.Path, "People", () => new PeoplePage
            {
                Site = context.Chrome,
                Title = slice.Pager.IsPaged ? $"People (page {slice.Pager.Page} of {slice.Pager.PageCount})" : "People",
                Description = $"{PageContext.Count(rows.Count, "person", "people")} who took part in the calls, by calls attended.",
                CanonicalUrl = context.Canonical(slice.Path),
                Section = "People",
                Pager = slice.Pager,
                TotalPeople = rows.Count,
                People = slice.Items,
            });

        // A person's pages are a function of what they read of the build (PersonPageReads), looked up once per person
        // and only when one of their pages is modelled or compared (PageMemo), on the render threads, in parallel.
        var shared = new PersonPageReads.Shared(context);
        foreach (var row in rows)
        {
            var reads = new Lazy<PersonPageReads>(() => shared.Of(row));
            var lists = new Lazy<Lists>(() => Lists.Of(reads.Value));
            var memo = new PageReads(row.Key, () => reads.Value);
            // Only how many calls and lines there are is needed to lay out their pages.
            var callCount = CallIds.Of(archive.AppearancesByPerson[row.Key]).Count();
            var saidCount = shared.SaidCount(row.Key);
            // Every line they said, on pages of their own, when their page cannot show them all.
            if (saidCount > PersonPage.SaidShown)
                foreach (var page in Pagination.Pages(saidCount, context.Paths.PersonSaid(row.Key), context.Address))
                    yield return new RenderJob(page.Path, "Said", () => SaidModel(reads.Value, lists.Value, page.Pager.Page), memo);
            foreach (var page in Pagination.Pages(callCount, context.Paths.Person(row.Key), context.Address))
                yield return new RenderJob(page.Path, "Person", () => PersonModel(reads.Value, lists.Value, page.Pager.Page), memo);
        }
    }

    /// <summary>
    /// What a person's pages list, made from their reads once for all their pages: a row per call with their roles,
    /// the lines quoted, the chart, and how the lists fall into pages.
    /// </summary>
    private sealed record Lists(CallItem[] Appearances, SaidRow[] Quoted, AttendanceChart Chart,
        IReadOnlyList<Pagination.Page> CallPages, IReadOnlyList<Pagination.Page> SaidPages)
    {
        public static Lists Of(PersonPageReads reads)
        {
            var appearances = CallItems(reads);
            var quoted = reads.Said.Select(s => new SaidRow(Excerpt(s.Text), s.Call)).ToArray();
            return new Lists(appearances, quoted, AttendanceCharts.PerYear(appearances.Select(a => a.Call.Date)),
                Pagination.Pages(appearances.Length, reads.Path, reads.Address).ToList(),
                Pagination.Pages(quoted.Length, reads.SaidPath, reads.Address).ToList());
        }
    }

    /// <summary>Every line a person said, a page of them (nothing but <paramref name="reads"/> is in reach here).</summary>
    private static SaidPage SaidModel(PersonPageReads reads, Lists lists, int number)
    {
        var page = lists.SaidPages[number - 1];
        var (address, name) = (reads.Address, reads.Name);
        return new SaidPage
        {
            Site = reads.Chrome,
            Title = page.Pager.IsPaged ? $"What {name} said (page {page.Pager.Page} of {page.Pager.PageCount})" : $"What {name} said",
            Description = $"{PageContext.Count(lists.Quoted.Length, "line", "lines")} of the minutes that quote {name}, newest first.",
            CanonicalUrl = address.Absolute(page.Path),
            Section = "People",
            Breadcrumbs = [new Link("People", address.Href(SitePaths.People)), reads.Self],
            Pager = page.Pager,
            Person = reads.Self,
            Total = lists.Quoted.Length,
            Said = page.Of(lists.Quoted),
        };
    }

    private static PersonRow Row(PageContext context, Person person)
    {
        var appearances = context.Archive.AppearancesByPerson[person.Key];
        var calls = CallIds.Of(appearances.Where(a => a.Role != PersonRole.NextMC)).ToList();
        return new PersonRow(person.Key, context.PersonLink(person.Key), person.GitHub,
            appearances.Count(a => a.Role == PersonRole.Attendee),
            appearances.Count(a => a.Role == PersonRole.MC),
            CallIds.Of(appearances.Where(a => a.Role == PersonRole.Presenter)).Count(),
            context.Call(calls.Count > 0 ? calls[0] : appearances[0].MeetingId),
            context.Call(calls.Count > 0 ? calls[^1] : appearances[^1].MeetingId));
    }

    /// <summary>One row per call, newest first, with every role the person had in it.</summary>
    private static CallItem[] CallItems(PersonPageReads reads) =>
        Enumerable.Range(0, reads.Appearances.Count).GroupBy(i => reads.Appearances[i].MeetingId)
            .Select(g => new CallItem(reads.Calls[g.First()], Roles(g.Select(i => reads.Appearances[i])), [])
            {
                Presented = g.Where(i => reads.Presented[i] is not null).DistinctBy(i => reads.Appearances[i].AgendaItem)
                    .Select(i => new Link(reads.Appearances[i].AgendaItem!, reads.Presented[i]!)).ToList(),
            })
            .Reverse()
            .ToArray();

    /// <summary>"MC, presenter", "attendee · voting member" (what they presented is listed apart, with links).</summary>
    private static string Roles(IEnumerable<Appearance> appearances)
    {
        // Made for every call of every person: most have one role and no detail, and then cost no string.
        var roles = new List<string>(1);
        string? detail = null;
        foreach (var appearance in appearances)
        {
            var role = RoleText(appearance.Role);
            if (!roles.Contains(role)) roles.Add(role);
            detail ??= appearance.Detail;
        }
        var text = roles.Count == 1 ? roles[0] : string.Join(", ", roles);
        return detail is null ? text : $"{text} · {detail}";
    }

    /// <summary>A page of a person's calls; the first also shows what they opened, said and were given to do (nothing but <paramref name="reads"/> is in reach here).</summary>
    private static PersonPage PersonModel(PersonPageReads reads, Lists lists, int number)
    {
        var (address, name, counts, all) = (reads.Address, reads.Name, reads.Row, lists.Appearances);
        var page = lists.CallPages[number - 1];
        var firstPage = number == 1;
        return new PersonPage
        {
            Seen = $"First seen {all[^1].Call.DateText}, last seen {all[0].Call.DateText}"
                + (reads.Streak is { } run ? $"; longest run: {run.Calls.ToString(CultureInfo.InvariantCulture)} calls of {run.Series} in a row, to {run.LastDate}" : ""),
            Said = firstPage ? lists.Quoted.Take(PersonPage.SaidShown).ToList() : [],
            SaidCount = lists.Quoted.Length,
            SaidHref = lists.Quoted.Length > PersonPage.SaidShown ? address.Href(reads.SaidPath) : null,
            Actions = firstPage ? reads.Actions : [],
            Site = reads.Chrome,
            Title = page.Pager.IsPaged ? $"{name} (page {page.Pager.Page} of {page.Pager.PageCount})" : name,
            SearchKind = "Person",
            Description = $"{name}: {PageContext.Count(all.Length, "call", "calls")} in the archive, from {all[^1].Call.DateText} to {all[0].Call.DateText}.",
            CanonicalUrl = address.Absolute(page.Path),
            Section = "People",
            Breadcrumbs = [new Link("People", address.Href(SitePaths.People))],
            Pager = page.Pager,
            Name = name,
            FeedHref = address.Href(SitePaths.FeedOf(reads.Path)),
            FeedTitle = $"Calls with {name}",
            GitHubHandle = reads.GitHub,
            GitHubHref = reads.GitHubUrl,
            Aliases = reads.Aliases,
            Stats =
            [
                new Stat("calls in all", all.Length, null),
                new Stat("attended", counts.Attended, null),
                new Stat("as MC", counts.Mced, null),
                new Stat("presented at", counts.Presented, null),
            ],
            Chart = lists.Chart,
            Appearances = page.Of(all),
            Authored = firstPage ? reads.Authored : [],
        };
    }

    /// <summary>A statement cut to a readable length at a word.</summary>
    private static string Excerpt(string text)
    {
        const int Max = 280;
        if (text.Length <= Max) return text;
        var cut = text.LastIndexOf(' ', Max - 1);
        return Text.TextElements.Prefix(text, cut > Max / 2 ? cut : Max - 1).TrimEnd(',', ';', ':', ' ') + "…";
    }

    private static string RoleText(PersonRole role) => role switch
    {
        PersonRole.MC => "MC",
        PersonRole.Presenter => "presenter",
        PersonRole.NextMC => "named MC of the next call",
        PersonRole.Speaker => "spoke",
        _ => "attendee",
    };
}

/// <summary>Lays out the attendance bar chart at build time: one bar per year from the first to the last.</summary>
public static class AttendanceCharts
{
    private const int BarWidth = 28, Gap = 8, PlotHeight = 80, Top = 16, Bottom = 20;

    public static AttendanceChart PerYear(IEnumerable<DateOnly> dates)
    {
        var counts = dates.GroupBy(d => d.Year).ToDictionary(g => g.Key, g => g.Count());
        if (counts.Count == 0) return new AttendanceChart(0, 0, "No calls.", []);
        var (first, last) = (counts.Keys.Min(), counts.Keys.Max());
        var max = counts.Values.Max();
        var bars = new List<ChartBar>();
        for (var year = first; year <= last; year++)
        {
            var count = counts.GetValueOrDefault(year);
            var height = count == 0 ? 0 : Math.Max(2, (int)Math.Round(PlotHeight * (double)count / max));
            var x = (year - first) * (BarWidth + Gap);
            bars.Add(new ChartBar(year, count, x, Top + PlotHeight - height, BarWidth, height, x + BarWidth / 2));
        }
        var summary = string.Join(", ", bars.Select(b => $"{b.Year}: {b.Count.ToString(CultureInfo.InvariantCulture)}"));
        return new AttendanceChart(bars.Count * (BarWidth + Gap) - Gap, Top + PlotHeight + Bottom, $"Calls per year: {summary}.", bars);
    }
}
