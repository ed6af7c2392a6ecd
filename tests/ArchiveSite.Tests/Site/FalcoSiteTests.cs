using System.Xml.Linq;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>The real Falco notes, built: every page a reader needs exists, and every link leads somewhere.</summary>
// Slow: ../shared.
[Trait("Category", "Slow")]
[Collection(FalcoSiteCollection.Name)]
public sealed class FalcoSiteTests(FalcoSite falco)
{
    private readonly BuiltSite _site = falco.Site;

    [Fact]
    public void BuildsWithoutErrors()
    {
        Assert.True(_site.Result.Succeeded, _site.Errors());
        Assert.Equal(228, _site.Result.Calls);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/calls/")]
    [InlineData("/calls/2020/")]
    [InlineData("/series/")]
    [InlineData("/series/community-call/")]
    [InlineData("/calls/2020/05/13/community-call/")]
    [InlineData("/people/")]
    [InlineData("/people/leogr/")]
    [InlineData("/refs/")]
    [InlineData("/refs/falcosecurity/falco/")]
    [InlineData("/refs/falcosecurity/falco/1191/")]
    [InlineData("/search/")]
    [InlineData("/404.html")]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/meetings.json")]
    public void EveryKindOfPageIsBuilt(string path) => Assert.True(_site.Exists(path), $"{path} was not built");

    [Fact]
    public void NoInternalLinkIsBroken()
    {
        var broken = InternalLinks.Broken(_site.Root);
        Assert.True(broken.Count == 0, string.Join("\n", broken.Take(20)));
    }

    [Fact]
    public void CallPageShowsTheCallAndLinksEachPersonToTheirPage()
    {
        var page = _site.Page("/calls/2020/05/13/community-call/");

        Assert.Equal("Falco Community Call", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("2020-05-13", page.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("/people/nibalizer/", page.QuerySelector("#call-details dd a")!.GetAttribute("href"));
        var attendees = page.QuerySelectorAll("#call-people li a").ToList();
        Assert.Equal(9, attendees.Count);
        foreach (var attendee in attendees)
        {
            var person = _site.Page(attendee.GetAttribute("href")!);
            Assert.Equal(attendee.TextContent, person.QuerySelector("h1")!.TextContent);
            Assert.Contains("/calls/2020/05/13/community-call/", CallLinksOnEveryPage(attendee.GetAttribute("href")!));
        }
        // References link to their archive page, with GitHub beside them.
        var reference = page.QuerySelectorAll("#call-references li").Single(li => li.TextContent.Contains("falcosecurity/falco#1184"));
        Assert.Equal("/refs/falcosecurity/falco/1184/", reference.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(reference.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://github.com/falcosecurity/falco/pull/1184");
        // The notes themselves, with headings anchored below the page's own h2, and without the roster the page already lists.
        Assert.Equal("this-week-highlights", page.QuerySelector("#call-notes h3#this-week-highlights")?.Id);
        Assert.Null(page.QuerySelector("#call-notes #who-joined"));
        Assert.Null(page.QuerySelector("#call-notes #mc"));
        // Each agenda item has an anchor, and the person and PR pages point at it.
        Assert.Equal("Cleanup update", page.QuerySelector("#call-agenda li#agenda-cleanup-update")?.FirstChild?.TextContent);
        var presented = _site.Page("/people/leogr/").QuerySelectorAll(".roles a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(presented);
        Assert.All(presented, href => Assert.NotNull(_site.Page(href.Split('#')[0]).GetElementById(href.Split('#')[1])));
        Assert.Contains(_site.Page("/refs/falcosecurity/falco/1191/").QuerySelectorAll(".agenda-item a"), a => a.GetAttribute("href") == "/calls/2020/05/13/community-call/#agenda-cleanup-update");
        // "Next Release: ..." is a closing line, not an agenda item.
        Assert.DoesNotContain(page.QuerySelectorAll("#call-agenda li"), li => li.TextContent.Contains("Next Release", StringComparison.Ordinal));
        Assert.Equal("/refs/falcosecurity/falco/1192/", page.QuerySelectorAll("#call-notes a").First(a => a.TextContent == "#1192").GetAttribute("href"));
        // Previous and next call of the series.
        Assert.NotNull(page.QuerySelector("#call-series a[rel=prev]"));
        Assert.NotNull(page.QuerySelector("#call-series a[rel=next]"));
    }

    /// <summary>The call links of a paginated list, following its "next" links.</summary>
    private List<string> CallLinksOnEveryPage(string first)
    {
        var links = new List<string>();
        for (var path = first; path is not null;)
        {
            var page = _site.Page(path);
            links.AddRange(page.QuerySelectorAll(".call-link").Select(a => a.GetAttribute("href")!));
            path = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        }
        return links;
    }

    [Fact]
    public void ReferencePageListsEveryCallThatDiscussedItOldestFirst()
    {
        var page = _site.Page("/refs/falcosecurity/falco/1191/");

        Assert.Equal("falcosecurity/falco#1191", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://github.com/falcosecurity/falco/pull/1191");
        var dates = page.QuerySelectorAll(".mentions > li time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.NotEmpty(dates);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Contains("2020-05-13", dates);
        // Each call is listed with the place it came up.
        Assert.All(page.QuerySelectorAll(".mentions > li"), li => Assert.NotNull(li.QuerySelector("blockquote")));
    }

    [Fact]
    public void PersonPageCountsTheirCallsAndDrawsAttendancePerYear()
    {
        var page = _site.Page("/people/leogr/");

        Assert.Equal("Leonardo Grasso", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("https://github.com/leogr", page.QuerySelector(".lead a")!.GetAttribute("href"));
        var chart = page.QuerySelector("figure.chart svg")!;
        Assert.StartsWith("Calls per year: 2020: ", chart.QuerySelector("title")!.TextContent);
        Assert.True(chart.QuerySelectorAll("rect").Length >= 5);
        var total = int.Parse(page.QuerySelector(".stats strong")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 100, "leogr's calls span more than one page");
        Assert.Equal(100, page.QuerySelectorAll(".call-list > li").Length);
        Assert.Equal(total, CallLinksOnEveryPage("/people/leogr/").Distinct().Count());
    }

    [Fact]
    public void FeedAndSitemapAreWellFormedAndComplete()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Load(_site.File("/feed.xml"));
        var updated = feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "updated")!.Value).ToList();
        Assert.Equal(50, updated.Count);
        Assert.Equal(updated.OrderDescending(StringComparer.Ordinal), updated);

        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Load(_site.File("/sitemap.xml")).Root!.Elements(sm + "url").Select(u => u.Element(sm + "loc")!.Value).ToHashSet();
        var pages = _site.HtmlFiles().Select(f => "/" + Path.GetRelativePath(_site.Root, f).Replace('\\', '/'))
            .Where(p => p != "/404.html").Select(p => p.EndsWith("index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p).ToList();
        Assert.Equal(pages.Count, urls.Count);
        Assert.All(pages, p => Assert.Contains(p, urls));
    }

    [Fact]
    public void EveryAssetIsLocalAndFingerprinted()
    {
        var home = _site.Page("/");
        var assets = home.QuerySelectorAll("link[rel=stylesheet], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.Equal(2, assets.Count);
        Assert.All(assets, a => Assert.Matches(@"^/assets/site\.[0-9a-f]{10}\.(css|js)$", a));
        // Nothing from a CDN anywhere: no page loads a script, stylesheet or image from another host.
        Assert.DoesNotContain(_site.HtmlFiles(), f => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(f),
            "<(script|img)[^>]+src=\"(https?:)?//|<link[^>]+rel=\"stylesheet\"[^>]+href=\"(https?:)?//"));
    }

    [Fact]
    public void SomeoneTheMinutesQuoteOftenHasEveryLineOnPagesOfTheirOwn()
    {
        var person = falco.Site.Page("/people/leodido/");
        var more = person.QuerySelectorAll("section[aria-labelledby=said-h] a").Single(a => a.TextContent.StartsWith("All ", StringComparison.Ordinal));
        Assert.Equal("/people/leodido/said/", more.GetAttribute("href"));
        Assert.Equal(20, person.QuerySelectorAll("section[aria-labelledby=said-h] li").Length);

        var said = falco.Site.Page("/people/leodido/said/");
        var total = int.Parse(more.TextContent.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Math.Min(total, 100), said.QuerySelectorAll("ul.said li").Length);
        // Newest first, each linked to the notes of its call.
        var links = said.QuerySelectorAll("ul.said li .from a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.All(links, href => Assert.EndsWith("#call-notes", href, StringComparison.Ordinal));
        var dates = links.Select(h => h["/calls/".Length.."/calls/2019/07/25".Length]).ToList(); // yyyy/mm/dd
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }
}
