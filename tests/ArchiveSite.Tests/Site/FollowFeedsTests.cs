using System.ServiceModel.Syndication;
using System.Xml;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>
/// Feeds that follow one thing: a person, a PR or issue, a series. Each is valid Atom (read back by .NET's
/// feed parser), lists the calls about its subject newest first, and is announced by its page.
/// </summary>
public sealed class FollowFeedsTests(SyncedSite synced) : IClassFixture<SyncedSite>
{
    private readonly BuiltSite _site = synced.Site;

    private SyndicationFeed Feed(string path)
    {
        using var reader = XmlReader.Create(_site.File(path));
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public void APersonsFeedListsTheCallsTheyWereIn()
    {
        var feed = Feed("/people/ada-l/feed.xml");
        Assert.Contains("calls with Ada Lovelace", feed.Title.Text, StringComparison.Ordinal);
        var entry = Assert.Single(feed.Items);
        Assert.Contains(SyncedNotes.Iso(SyncedNotes.Recent).Replace("-", "/", StringComparison.Ordinal), entry.Links[0].Uri.ToString(), StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(SyncedNotes.Recent.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), entry.LastUpdatedTime);
    }

    [Fact]
    public void APullRequestsFeedListsEveryCallThatDiscussedItNewestFirst()
    {
        var feed = Feed("/refs/acme/widgets/3/feed.xml");
        Assert.Contains("calls that discussed acme/widgets#3", feed.Title.Text, StringComparison.Ordinal);
        Assert.Equal([SyncedNotes.Recent, SyncedNotes.Old], feed.Items.Select(i => DateOnly.FromDateTime(i.LastUpdatedTime.UtcDateTime)));
        Assert.Equal(feed.Items.First().LastUpdatedTime, feed.LastUpdatedTime);
    }

    [Fact]
    public void EachPageAnnouncesItsFeed()
    {
        foreach (var (page, feed) in new[] { ("/people/ada-l/", "/people/ada-l/feed.xml"), ("/refs/acme/widgets/3/", "/refs/acme/widgets/3/feed.xml") })
        {
            var html = _site.Page(page);
            Assert.Contains(html.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']"), l => l.GetAttribute("href") == feed);
            Assert.Equal(feed, html.QuerySelector(".follow a")!.GetAttribute("href"));
        }
        var series = Directory.GetFiles(Path.Combine(_site.Root, "series"), "feed.xml", SearchOption.AllDirectories);
        Assert.NotEmpty(series);
        Assert.All(series, f => Assert.NotEmpty(SyndicationFeed.Load(XmlReader.Create(f)).Items));
        Assert.Null(_site.Page("/").QuerySelector(".follow"));
    }
}
