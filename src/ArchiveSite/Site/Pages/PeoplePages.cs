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

        // refs.json names who opened each PR or issue: their person page lists those the calls discussed.
        var authored = archive.References.Where(r => r.Facts?.Author is not null)
            .ToLookup(r => r.Facts!.Author!.ToLowerInvariant(), StringComparer.Ordinal);
        // What the minutes quote each person saying, and the actions they were named in: newest first, one pass.
        var said = archive.Meetings.Reverse().SelectMany(m => m.Statements.Select(s => (s.Person, Meeting: m, s.Text)))
            .ToLookup(s => s.Person, StringComparer.Ordinal);
        var streaks = Streaks.Longest(archive);
        var assigned = archive.Meetings.Reverse().SelectMany(m => m.Actions.SelectMany(a => a.Owners.Select(o => (Owner: o, Meeting: m, Action: a))))
            .ToLookup(a => a.Owner, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var person = archive.PeopleByKey[row.Key];
            var byCall = archive.AppearancesByPerson[person.Key];
            var first = context.Paths.Person(person.Key);
            // Only how many calls and lines there are is needed to lay out their pages; the rows themselves are made
            // once, by whichever of their pages is modelled first (on the render threads, in parallel).
            var callCount = byCall.Select(a => a.MeetingId).Distinct(StringComparer.Ordinal).Count();
            var saidCount = said[person.Key].Count();
            var lists = new Lazy<(CallItem[] Appearances, SaidRow[] Quoted, AttendanceChart Chart)>(() =>
            {
                var appearances = Appearances(context, byCall);
                return (appearances, said[person.Key].Select(s => new SaidRow(Excerpt(s.Text), context.Call(s.Meeting.Id))).ToArray(),
                    AttendanceCharts.PerYear(appearances.Select(a => a.Call.Date)));
            });
            // Every line they said, on pages of their own, when their page cannot show them all.
            var saidHref = saidCount > PersonPage.SaidShown ? context.Href(context.Paths.PersonSaid(person.Key)) : null;
            if (saidHref is not null)
                foreach (var page in Pagination.Pages(saidCount, context.Paths.PersonSaid(person.Key), context.Address))
                    yield return new RenderJob(page.Path, "Said", () => new SaidPage
                    {
                        Site = context.Chrome,
                        Title = page.Pager.IsPaged ? $"What {person.Name} said (page {page.Pager.Page} of {page.Pager.PageCount})" : $"What {person.Name} said",
                        Description = $"{PageContext.Count(saidCount, "line", "lines")} of the minutes that quote {person.Name}, newest first.",
                        CanonicalUrl = context.Canonical(page.Path),
                        Section = "People",
                        Breadcrumbs = [new Link("People", context.Href(SitePaths.People)), context.PersonLink(person.Key)],
                        Pager = page.Pager,
                        Person = context.PersonLink(person.Key),
                        Total = saidCount,
                        Said = page.Of(lists.Value.Quoted),
                    });
            foreach (var page in Pagination.Pages(callCount, first, context.Address))
            {
                // What they opened, said and were given to do: on the first page only.
                var firstPage = page.Pager.Page == 1;
                yield return new RenderJob(page.Path, "Person", () => Page(context, person, row, lists.Value.Appearances,
                    new Pagination.Slice<CallItem>(page.Path, page.Of(lists.Value.Appearances), page.Pager), lists.Value.Chart,
                    !firstPage || person.GitHub is null ? [] : authored[person.Key],
                    streaks.GetValueOrDefault(person.Key),
                    new Minutes(
                        firstPage ? lists.Value.Quoted.Take(PersonPage.SaidShown).ToList() : [],
                        saidCount, saidHref,
                        firstPage ? assigned[person.Key].Select(a => MinutesPages.Row(context, a.Meeting, a.Action)).OrderBy(a => a.Done).ToList() : [])));
            }
        }
    }

    private static PersonRow Row(PageContext context, Person person)
    {
        var appearances = context.Archive.AppearancesByPerson[person.Key];
        var calls = appearances.Where(a => a.Role != PersonRole.NextMC).Select(a => a.MeetingId).Distinct().ToList();
        return new PersonRow(person.Key, context.PersonLink(person.Key), person.GitHub,
            appearances.Count(a => a.Role == PersonRole.Attendee),
            appearances.Count(a => a.Role == PersonRole.MC),
            appearances.Where(a => a.Role == PersonRole.Presenter).Select(a => a.MeetingId).Distinct().Count(),
            context.Call(calls.Count > 0 ? calls[0] : appearances[0].MeetingId),
            context.Call(calls.Count > 0 ? calls[^1] : appearances[^1].MeetingId));
    }

    /// <summary>One row per call, newest first, with every role the person had in it.</summary>
    private static CallItem[] Appearances(PageContext context, IReadOnlyList<Appearance> appearances) =>
        appearances.GroupBy(a => a.MeetingId)
            .Select(g => new CallItem(context.Call(g.Key), Roles(g), [])
            {
                Presented = g.Where(a => a.Role == PersonRole.Presenter && a.AgendaItem is not null).Select(a => a.AgendaItem!).Distinct()
                    .Select(item => new Link(item, context.AgendaItem(g.Key, item) ?? context.Call(g.Key).Href)).ToList(),
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

    /// <param name="counts">The person's row of the people index: the same counts, computed once.</param>
    /// <param name="authored">What they opened that the calls discussed (on the first page only).</param>
    private static PersonPage Page(PageContext context, Person person, PersonRow counts, IReadOnlyList<CallItem> all, Pagination.Slice<CallItem> slice, AttendanceChart chart,
        IEnumerable<Reference> authored, Streaks.Run? streak, Minutes minutes)
    {
        return new PersonPage
        {
            Seen = $"First seen {all[^1].Call.DateText}, last seen {all[0].Call.DateText}"
                + (streak is { Calls: > 1 } run ? $"; longest run: {run.Calls.ToString(CultureInfo.InvariantCulture)} calls of {context.SeriesLink(run.Series).Text} in a row, to {context.Call(run.LastCall).DateText}" : ""),
            Said = minutes.Said,
            SaidCount = minutes.SaidCount,
            SaidHref = minutes.SaidHref,
            Actions = minutes.Actions,
            Site = context.Chrome,
            Title = slice.Pager.IsPaged ? $"{person.Name} (page {slice.Pager.Page} of {slice.Pager.PageCount})" : person.Name,
            SearchKind = "Person",
            Description = $"{person.Name}: {PageContext.Count(all.Count, "call", "calls")} in the archive, from {all[^1].Call.DateText} to {all[0].Call.DateText}.",
            CanonicalUrl = context.Canonical(slice.Path),
            Section = "People",
            Breadcrumbs = [new Link("People", context.Href(SitePaths.People))],
            Pager = slice.Pager,
            Name = person.Name,
            FeedHref = context.Href(SitePaths.FeedOf(context.Paths.Person(person.Key))),
            FeedTitle = $"Calls with {person.Name}",
            GitHubHandle = person.GitHub,
            GitHubHref = person.GitHubUrl,
            Aliases = person.Aliases,
            Stats =
            [
                new Stat("calls in all", all.Count, null),
                new Stat("attended", counts.Attended, null),
                new Stat("as MC", counts.Mced, null),
                new Stat("presented at", counts.Presented, null),
            ],
            Chart = chart,
            Appearances = slice.Items,
            Authored = authored.OrderByDescending(r => r.Calls).ThenByDescending(r => r.Mentions[^1].Date)
                .Select(r => ReferencePages.Summary(context, r, fullName: true)).ToList(),
        };
    }

    /// <summary>What the minutes say a person said and was given to do, for their page.</summary>
    private sealed record Minutes(IReadOnlyList<SaidRow> Said, int SaidCount, string? SaidHref, IReadOnlyList<ActionRow> Actions);

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
