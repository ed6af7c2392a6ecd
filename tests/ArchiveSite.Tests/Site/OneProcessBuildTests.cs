using ArchiveSite.Site;
using ArchiveSite.Tests.Support;
using static ArchiveSite.Tests.Support.CachedBuilds;

namespace ArchiveSite.Tests.Site;

/// <summary>
/// <see cref="IncrementalBuildTests"/>' edit sequences and edits of what a call's, a person's or a PR's page shows of others, each build with
/// one cache object throughout, as <c>serve</c> builds: the last build's calls and call pages are kept in memory too
/// (Resolution/ResolutionMemo, Site/PageMemo), and the site must still be a clean build's. A class of its own, so that
/// it runs beside the other.
/// </summary>
public sealed class OneProcessBuildTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void EveryEditSequenceEndsWhereACleanBuildDoes(int seed) => IncrementalBuildTests.EditSequence(seed, oneProcess: true);

    [Fact]
    public void EveryFeedEntrysIdFollowsTheSitesTitleWithoutAnAbsoluteAddress()
    {
        // Without an absolute base_url an entry's id is a UUID made from the site's title and the call's page. serve keeps
        // each call's entry from build to build (Output/KeptFeedEntries), and a new title must still give every entry a
        // new id, though no call changed.
        using var temp = new TempFolder();
        var (content, output, _, options) = Example(temp);
        var settings = Path.Combine(content, "archive.yml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("base_url: https://archive.example.org/", "base_url: /", StringComparison.Ordinal));
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var feed = Path.Combine(output, "feed.xml");
        var ids = EntryIds(feed);

        File.WriteAllText(settings, File.ReadAllText(settings).Replace("title: Example Project Meeting Archive", "title: Example Minutes", StringComparison.Ordinal));
        Assert.True(SiteBuilder.Build(InOneProcess(options)).Succeeded);

        Assert.NotEmpty(ids);
        Assert.Empty(EntryIds(feed).Intersect(ids));
        AssertSameAsCleanBuild(temp, content, output, "the site's title changed");
    }

    private static List<string> EntryIds(string feed) =>
        System.Xml.Linq.XDocument.Load(feed).Descendants(System.Xml.Linq.XName.Get("entry", "http://www.w3.org/2005/Atom"))
            .Select(e => e.Element(System.Xml.Linq.XName.Get("id", "http://www.w3.org/2005/Atom"))!.Value).ToList();

    [Theory]
    [MemberData(nameof(IncrementalBuildTests.ValuesOfOthers), MemberType = typeof(IncrementalBuildTests))]
    public void ACallPageFollowsWhatItShowsOfOthers(string what, string file, string before, string after) =>
        IncrementalBuildTests.FollowsWhatItShows(what, file, before, after, oneProcess: true);

    [Theory]
    [MemberData(nameof(IncrementalBuildTests.CallsOfAPerson), MemberType = typeof(IncrementalBuildTests))]
    public void APersonsPageFollowsWhatItShowsOfCalls(string what, string file, string before, string after, string? first) =>
        IncrementalBuildTests.FollowsWhatItShows(what, file, before, after, oneProcess: true, IncrementalBuildTests.GracesPage, first);

    [Theory]
    [MemberData(nameof(IncrementalBuildTests.CallsOfAPullRequest), MemberType = typeof(IncrementalBuildTests))]
    public void APullRequestsPageFollowsWhatItShows(string what, string file, string before, string after) =>
        IncrementalBuildTests.FollowsWhatItShows(what, file, before, after, oneProcess: true, IncrementalBuildTests.PullRequestsPage);
}
