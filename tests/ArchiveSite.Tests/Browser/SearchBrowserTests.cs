using ArchiveSite.Model;
using ArchiveSite.Tests.Support;
using Microsoft.Playwright;
using ArchiveSite.Urls;

namespace ArchiveSite.Tests.Browser;

/// <summary>The searches a reader of the Falco archive makes, run through the search page in Chromium.</summary>
// Slow: ../shared, Chromium.
[Trait("Category", "Slow")]
[Collection(FalcoSiteCollection.Name)]
public sealed class SearchBrowserTests(FalcoSite falco)
{
    private const string Site = Support.Browser.Origin;
    private static readonly Lazy<Archive> Falco = new(() => ArchiveLoader.Load(SharedCorpus.FalcoNotes, SharedCorpus.FalcoSettings).Archive);

    [Fact]
    public async Task DriverLoaderFindsTheCallAboutIt_AndHisNameNarrowsToHisCalls()
    {
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.OpenAsync(falco.Site.Root);

        await page.GotoAsync(Site + "/search/?q=driver+loader");
        var all = await Results(page);
        var before = await page.Locator("#search-status").InnerTextAsync();
        // The call whose agenda item is "falco-driver-loader improvements" is among the first three.
        Assert.Contains("/calls/2020/05/13/community-call/", all.Take(3));
        Assert.True(await page.Locator("#search-results mark").CountAsync() > 0, "hits are highlighted in the excerpts");

        // The reader ticks Leonardo Grasso in the Person facet (names, not handles): the URL carries it, and only his calls remain.
        await page.Locator("#search-facets input[name=person][value='Leonardo Grasso']").CheckAsync();
        await page.WaitForURLAsync(url => url.Contains("person=Leonardo+Grasso"));
        await page.WaitForFunctionAsync("before => document.querySelector('#search-status').textContent !== before", before);
        var narrowed = await Results(page);
        Assert.NotEmpty(narrowed);
        Assert.True(narrowed.Count < all.Count);
        var his = Falco.Value.AppearancesByPerson["leogr"].Select(a => SitePaths.Call(Falco.Value.MeetingsById[a.MeetingId])).ToHashSet();
        Assert.All(narrowed, url => Assert.Contains(url, his));
        Assert.Subset(all.ToHashSet(), narrowed.ToHashSet());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("search"), FullPage = false });

        // The same URL, shared, gives the same results.
        var shared = await browser.OpenAsync(falco.Site.Root);
        await shared.GotoAsync(Site + "/search/?q=driver+loader&person=Leonardo+Grasso");
        Assert.Equal(narrowed, await Results(shared));
    }

    [Fact]
    public async Task ANumberFindsThePullRequestsPageFirstThenTheCallsThatDiscussedIt()
    {
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.OpenAsync(falco.Site.Root);

        await page.GotoAsync(Site + "/search/?q=1191");
        var found = await Results(page);
        Assert.Equal("/refs/falcosecurity/falco/1191/", found[0]);

        var reference = Falco.Value.ReferencesByKey[ReferenceKey.Create("falcosecurity", "falco", 1191)];
        var discussed = reference.Mentions.Select(m => SitePaths.Call(Falco.Value.MeetingsById[m.MeetingId])).Distinct().ToList();
        Assert.NotEmpty(discussed);
        Assert.All(discussed, url => Assert.Contains(url, found));
    }

    [Fact]
    public async Task HeaderSearchBoxIsOneKeyAwayAndLeadsToResults()
    {
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.OpenAsync(falco.Site.Root);

        await page.GotoAsync(Site + "/people/");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("search-box", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("driver loader");
        Assert.Equal("driver loader", await page.Locator("#search-box").InputValueAsync());
        await Support.Browser.NavigateByAsync(page, () => page.Keyboard.PressAsync("Enter"), url => url.Contains("/search/"));
        Assert.Equal(Site + "/search/?q=driver+loader", page.Url);
        Assert.Contains("/calls/2020/05/13/community-call/", (await Results(page)).Take(3));
        Assert.Equal("driver loader", await page.Locator("#search-query").InputValueAsync());

        // Facets with counts for every filter, and a series filter that narrows to that series.
        Assert.Equal(["Kind", "Series", "Year", "Person", "Repository"], await page.Locator("#search-facets legend").AllInnerTextsAsync());
        await page.GotoAsync(Site + "/search/?series=Core+Maintainers&sort=newest");
        var maintainers = await Results(page);
        Assert.NotEmpty(maintainers);
        Assert.All(maintainers, url => Assert.EndsWith("/core-maintainers/", url));
        Assert.Equal(maintainers.OrderDescending(StringComparer.Ordinal), maintainers);
    }

    [Fact]
    public async Task PeopleAndSeriesAreResultsOfTheirOwnKind()
    {
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.OpenAsync(falco.Site.Root);

        await page.GotoAsync(Site + "/search/?q=leogr");
        Assert.Equal("/people/leogr/", (await Results(page))[0]);
        await page.GotoAsync(Site + "/search/?q=Jacque");
        Assert.Equal("/people/jsalinas29/", (await Results(page))[0]);

        // The Kind facet keeps one kind of result.
        await page.GotoAsync(Site + "/search/?q=office+hours&type=Series");
        Assert.Equal(["/series/office-hours/"], await Results(page));
    }

    /// <summary>
    /// Every result link, once the status line has announced them (it is written after they render),
    /// pressing "More results" as a reader would until all are shown.
    /// </summary>
    private static async Task<List<string>> Results(IPage page)
    {
        await Support.Browser.WaitForSearchResultsAsync(page);
        var status = await page.Locator("#search-status").InnerTextAsync();
        var total = status.StartsWith("Nothing", StringComparison.Ordinal) ? 0 : int.Parse(status.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        var results = page.Locator("#search-results > li");
        while (await results.CountAsync() < total)
        {
            var shown = await results.CountAsync();
            await page.Locator("#search button.more").ClickAsync();
            await page.WaitForFunctionAsync("n => document.querySelectorAll('#search-results > li').length > n", shown);
        }
        var hrefs = await page.Locator("#search-results > li .result-title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return hrefs.ToList();
    }
}
