using ArchiveSite.Model;
using ArchiveSite.Rendering.Views;
using ArchiveSite.Urls;

namespace ArchiveSite.Site.Pages;

/// <summary>The front page, the search page and the 404 page.</summary>
public static class HomePages
{
    private const int Latest = 10, Top = 10;

    public static IEnumerable<RenderJob> All(PageContext context)
    {
        var archive = context.Archive;
        yield return new RenderJob(SitePaths.Home, "Home", () =>
        {
            var years = CallListPages.YearLinks(context);
            return new HomePage
            {
                Site = context.Chrome,
                Title = archive.Settings.Title,
                Description = $"{PageContext.Count(archive.Meetings.Count, "call", "calls")}: notes, people, and every pull request and issue they discussed.",
                CanonicalUrl = context.Canonical(SitePaths.Home),
                Stats =
                [
                    new Stat("calls", archive.Meetings.Count, context.Href(SitePaths.Calls)),
                    new Stat("people", archive.People.Count, context.Href(SitePaths.People)),
                    new Stat("PRs and issues", archive.References.Count, context.Href(SitePaths.References)),
                    new Stat("years", years.Count, context.Href(SitePaths.Calls)),
                ],
                LatestCalls = archive.Past.Reverse().Take(Latest).Select(m => new CallItem(context.Call(m.Id))).ToList(),
                UpcomingCalls = archive.Meetings.Where(m => m.Upcoming).Take(Latest).Select(m => new CallItem(context.Call(m.Id))).ToList(),
                Years = years,
                Series = archive.Meetings.GroupBy(m => m.Series)
                    .Select(g => new CountedLink(context.SeriesLink(g.Key), g.Count()))
                    .OrderByDescending(c => c.Count).ThenBy(c => c.Link.Text, StringComparer.Ordinal).ToList(),
                MostDiscussed = archive.References
                    .OrderByDescending(r => r.Calls).ThenBy(r => r.Key).Take(Top)
                    .Select(r => new CountedLink(new Link(r.Key.ToString(), context.Href(SitePaths.Reference(r.Key))), r.Calls, r.DisplayTitle, ReferenceStates.Of(r)))
                    .ToList(),
                FrequentPeople = archive.People
                    .Select(p => (Person: p, Calls: archive.AppearancesByPerson[p.Key].Count(a => a.Role == PersonRole.Attendee)))
                    .OrderByDescending(p => p.Calls).ThenBy(p => p.Person.Key, StringComparer.Ordinal).Take(Top)
                    .Select(p => new CountedLink(context.PersonLink(p.Person.Key), p.Calls))
                    .ToList(),
            };
        });

        yield return new RenderJob(SitePaths.Search, "Search", () => new SearchPage
        {
            Site = context.Chrome,
            Title = "Search",
            Description = $"Search the notes of {PageContext.Count(archive.Meetings.Count, "call", "calls")}.",
            CanonicalUrl = context.Canonical(SitePaths.Search),
            Section = "Search",
            BundleHref = context.Href(SitePaths.SearchBundle),
            ScriptHref = context.Chrome.SearchScriptHref,
        });

        yield return new RenderJob(SitePaths.NotFound, "NotFound", () => new NotFoundPage
        {
            Site = context.Chrome,
            Title = "Page not found",
            CanonicalUrl = context.Canonical(SitePaths.NotFound),
        });
    }
}
