using ArchiveSite.Model;
using ArchiveSite.Output;
using ArchiveSite.Urls;

namespace ArchiveSite.Site;

/// <summary>
/// Feeds that follow one thing, beside its page: a person ("calls where leogr was MC, presented, attended or
/// was named MC of the next call"), a PR or issue ("tell me when falco#1191 comes up again") and a series.
/// Each lists the latest calls about it, newest first, like the site's own feed.
/// </summary>
public static class FollowFeeds
{
    public static IEnumerable<AtomFeed.Feed> All(PageContext context)
    {
        var archive = context.Archive;
        var site = archive.Settings.Title;
        foreach (var person in archive.People)
        {
            var page = context.Paths.Person(person.Key);
            var calls = CallIds.Of(archive.AppearancesByPerson[person.Key]).Reverse();
            yield return new AtomFeed.Feed($"{site}: calls with {person.Name}", SitePaths.FeedOf(page), page, calls.Select(id => archive.MeetingsById[id]).Where(m => !m.Upcoming));
        }
        foreach (var reference in archive.References)
        {
            var page = SitePaths.Reference(reference.Key);
            var calls = CallIds.Of(reference.Mentions).Reverse();
            yield return new AtomFeed.Feed($"{site}: calls that discussed {reference.Key}", SitePaths.FeedOf(page), page, calls.Select(id => archive.MeetingsById[id]).Where(m => !m.Upcoming));
        }
        foreach (var (series, calls) in SeriesWithCalls(archive))
        {
            var page = SitePaths.Series(series.Slug);
            yield return new AtomFeed.Feed($"{site}: {series.Name}", SitePaths.FeedOf(page), page, calls.Reverse().Where(m => !m.Upcoming));
        }
    }

    /// <summary>Each series that has calls (and so a page), with its calls oldest first.</summary>
    public static IEnumerable<(Model.Series Series, IReadOnlyList<Model.Meeting> Calls)> SeriesWithCalls(Model.Archive archive)
    {
        var bySeries = archive.Meetings.ToLookup(m => m.Series, StringComparer.Ordinal);
        return archive.Series.Where(s => bySeries[s.Slug].Any()).Select(s => (s, (IReadOnlyList<Model.Meeting>)bySeries[s.Slug].ToList()));
    }
}
