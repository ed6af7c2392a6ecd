using ArchiveSite.Tests.Support;
using Microsoft.Playwright;

namespace ArchiveSite.Tests.Browser;

/// <summary>What a reader sees in a real browser on the site built from the Falco notes.</summary>
// Slow: ../shared, Chromium.
[Trait("Category", "Slow")]
[Collection(FalcoSiteCollection.Name)]
public sealed class SiteBrowserTests(FalcoSite falco)
{
    private const string Site = Support.Browser.Origin;

    [Fact]
    public async Task ReaderGoesFromHomeToACallToAnAttendeeAndBack()
    {
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.OpenAsync(falco.Site.Root);

        await page.GotoAsync(Site + "/");
        Assert.Equal("Falco Community Calls", await page.TitleAsync());
        Assert.Equal(10, await page.Locator("section[aria-labelledby=latest] .call-list > li").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("home"), FullPage = true });

        await page.GotoAsync(Site + "/calls/2020/05/13/community-call/");
        // The name in the heading, the date once below it.
        Assert.Equal("Falco Community Call", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("13 May 2020", await page.Locator(".call-date").InnerTextAsync());
        Assert.Equal("Falco Community Call, 13 May 2020 · Falco Community Calls", await page.TitleAsync());
        Assert.Equal("Spencer Krum", await page.Locator("#call-details dd a").First.InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("call"), FullPage = true });

        await Support.Browser.NavigateByAsync(page,
            () => page.Locator("#call-people a", new PageLocatorOptions { HasText = "Leonardo Grasso" }).ClickAsync(),
            url => url == Site + "/people/leogr/");
        Assert.Equal("Leonardo Grasso", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator("figure.chart svg rect").CountAsync() >= 5);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("person"), FullPage = false });
    }

    [Fact]
    public async Task ReferencePageListsTheCallsThatDiscussedIt()
    {
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.OpenAsync(falco.Site.Root);

        await page.GotoAsync(Site + "/refs/falcosecurity/falco/1191/");
        Assert.Equal("falcosecurity/falco#1191", await page.Locator("h1").InnerTextAsync());
        var calls = page.Locator(".mentions > li");
        Assert.Equal(1, await calls.CountAsync());
        StringAssert(await calls.First.InnerTextAsync(), "13 May 2020", "Agenda: Cleanup update", "falco#1191");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("reference"), FullPage = true });

        await Support.Browser.NavigateByAsync(page, () => calls.First.Locator(".call-link").ClickAsync(),
            url => url == Site + "/calls/2020/05/13/community-call/");
        // From the call, the reference leads back to its page.
        await Support.Browser.NavigateByAsync(page, () => page.Locator("#call-notes a[href='/refs/falcosecurity/falco/1191/']").ClickAsync(),
            url => url == Site + "/refs/falcosecurity/falco/1191/");
    }

    [Fact]
    public async Task PagesReadWellOnAPhoneAndInDarkMode()
    {
        await using var browser = await Support.Browser.LaunchAsync();
        var phone = await browser.OpenAsync(falco.Site.Root, new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            ColorScheme = ColorScheme.Dark,
        });

        await phone.GotoAsync(Site + "/calls/2020/05/13/community-call/");
        // Nothing wider than the screen: no sideways scrolling on a phone.
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        var background = await phone.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(20, 23, 28)", background);
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("call-phone-dark") });

        await phone.GotoAsync(Site + "/no/such/page/");
        Assert.Equal("Page not found", await phone.Locator("h1").InnerTextAsync());
    }

    private static void StringAssert(string text, params string[] expected)
    {
        foreach (var part in expected) Assert.Contains(part, text);
    }

    [Fact]
    public async Task ActionItemsFilterByPersonAndStateAndKeepTheChoiceInTheAddress()
    {
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.OpenAsync(falco.Site.Root);
        await page.GotoAsync(Site + "/actions/");
        var all = await page.Locator("ul.actions li:visible").CountAsync();
        Assert.True(all > 10, $"{all} action items");

        await page.Locator("select[name=person]").SelectOptionAsync("kris-nova");
        var hers = await page.Locator("ul.actions li:visible").CountAsync();
        Assert.InRange(hers, 1, all - 1);
        Assert.All(await page.Locator("ul.actions li:visible").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.person)"),
            owners => Assert.Contains("kris-nova", owners.Split(' ')));
        Assert.Equal($"{hers} of {all} shown", await page.Locator("form.list-filter output").TextContentAsync());
        Assert.EndsWith("/actions/?person=kris-nova", page.Url, StringComparison.Ordinal);

        // The address alone brings the same list back.
        await page.GotoAsync(Site + "/actions/?person=kris-nova");
        Assert.Equal(hers, await page.Locator("ul.actions li:visible").CountAsync());
    }
}
