using ArchiveSite.Tests.Support;
using Microsoft.Playwright;

namespace ArchiveSite.Tests.Browser;

/// <summary>
/// The Falco archive as its readers meet it: every kind of page on a small phone, and twenty searches a
/// reader would make, each written by reading the notes, with the call they are after among the first three.
/// </summary>
// Slow: ../shared, Chromium.
[Trait("Category", "Slow")]
[Collection(FalcoSiteCollection.Name)]
public sealed class ReadersRoundTests(FalcoSite falco, ITestOutputHelper output)
{
    private const string Site = Support.Browser.Origin;

    /// <summary>One page of every kind the site has.</summary>
    private static readonly string[] EveryKindOfPage =
    [
        "/", "/calls/", "/calls/2020/", "/calls/2020/05/13/community-call/", "/series/", "/series/community-call/",
        "/people/", "/people/leogr/", "/refs/", "/refs/falcosecurity/falco/", "/refs/falcosecurity/falco/1191/",
        "/search/?q=driver+loader", "/search/?q=plugin&person=Leonardo+Grasso", "/404.html",
    ];

    [Theory]
    [InlineData(320)]
    [InlineData(360)]
    public async Task NoPageIsWiderThanAPhone(int width)
    {
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.OpenAsync(falco.Site.Root, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 780 } });
        var tooWide = new List<string>();
        foreach (var path in EveryKindOfPage)
        {
            await page.GotoAsync(Site + path);
            if (path.StartsWith("/search/", StringComparison.Ordinal)) await Support.Browser.WaitForSearchResultsAsync(page);
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (scrollWidth > width) tooWide.Add($"{path}: {scrollWidth} px");
        }
        Assert.True(tooWide.Count == 0, $"wider than {width} px:\n" + string.Join('\n', tooWide));
    }

    [Fact]
    public async Task OnAPhoneTheFiltersFoldAndTheFirstResultIsOnTheFirstScreen()
    {
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.OpenAsync(falco.Site.Root, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync(Site + "/search/?q=driver+loader");
        await Support.Browser.WaitForSearchResultsAsync(page);

        Assert.False(await page.Locator("details.filters").EvaluateAsync<bool>("d => d.open"));
        var top = await page.Locator("#search-results > li").First.EvaluateAsync<double>("li => li.getBoundingClientRect().top");
        Assert.True(top < 844, $"the first result starts at {top} px, below the first screen");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("search-phone") });

        // Unfolded, the filters are there with their counts.
        await page.Locator("details.filters > summary").ClickAsync();
        Assert.True(await page.Locator("#search-facets input[name=person]").CountAsync() > 0);
    }

    /// <summary>Twenty searches, each with the call a reader is after (read from the notes: its agenda names the topic).</summary>
    public static readonly TheoryData<string, string> Searches = new()
    {
        { "driver loader", "/calls/2020/05/13/community-call/" },
        { "rule maturity framework", "/calls/2023/07/06/core-maintainers/" },
        { "Golang SDK plugin", "/calls/2022/01/19/community-call/" },
        { "Wolfi image", "/calls/2023/09/13/community-call/" },
        { "CountMinSketch", "/calls/2023/11/02/core-maintainers/" },
        { "Mattermost Rocketchat", "/calls/2020/06/17/community-call/" },
        { "public comment period", "/calls/2023/09/07/core-maintainers/" },
        { "good first issues", "/calls/2020/01/21/new-contributors/" },
        { "AmazonLinux driverkit", "/calls/2020/04/01/community-call/" },
        { "kernel-side filtering", "/calls/2024/06/06/core-maintainers/" },
        { "Falco 1.0 release schedule", "/calls/2024/09/05/core-maintainers/" },
        { "artifacts scope release", "/calls/2020/05/20/community-call/" },
        { "multiple rules match an event", "/calls/2023/07/06/core-maintainers/" },
        { "falcoctl driver loader", "/calls/2023/12/13/community-call/" },
        { "GKE kernels", "/calls/2021/01/27/community-call/" },
        { "incomplete metadata", "/calls/2019/07/25/office-hours/" },
        { "eBPF probe lock 4.19 kernels", "/calls/2019/10/30/office-hours/" },
        { "cheatsheets", "/calls/2019/07/25/office-hours/" },
        { "DevSecOps days", "/calls/2023/07/19/community-call/" },
        { "pause for the holidays", "/calls/2024/12/11/community-call/" },
    };

    [Fact]
    public async Task TheRelevanceSuiteFindsEachCallInTheFirstThree()
    {
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.OpenAsync(falco.Site.Root);
        var misses = new List<string>();
        foreach (var (query, call) in Searches.Select(row => (row.Data.Item1, row.Data.Item2)))
        {
            await page.GotoAsync(Site + "/search/?q=" + Uri.EscapeDataString(query));
            await Support.Browser.WaitForSearchResultsAsync(page);
            var top = await page.Locator("#search-results > li .result-title a").EvaluateAllAsync<string[]>("links => links.slice(0, 3).map(a => a.getAttribute('href'))");
            if (!top.Contains(call)) misses.Add($"'{query}': wanted {call}, got {string.Join(", ", top)}");
        }
        var score = Searches.Count - misses.Count;
        output.WriteLine($"search relevance: {score} of {Searches.Count} in the top 3");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(Support.Browser.ScreenshotPath("x"))!, "search-relevance.txt"),
            $"{score} of {Searches.Count} in the top 3\n" + string.Join('\n', misses) + "\n");
        Assert.True(misses.Count == 0, string.Join('\n', misses));
    }
}
