using System.Text.Json;
using ArchiveSite.Tests.Support;
using Microsoft.Playwright;

namespace ArchiveSite.Tests.Browser;

/// <summary>The PR page's new parts and the repository list's filters, in Chromium: what a maintainer clicks.</summary>
// Slow: Chromium.
[Trait("Category", "Slow")]
public sealed class ReferencePagesBrowserTests(SyncedSite synced) : IClassFixture<SyncedSite>
{
    private const string Site = Support.Browser.Origin;
    private readonly BuiltSite _site = synced.Site;

    private static async Task<string[]> VisibleNumbers(IPage page) =>
        (await page.Locator("tbody tr:visible th a").AllTextContentsAsync()).ToArray();

    [Fact]
    public async Task OpenPullRequestsDiscussedInTheLastThreeMonths()
    {
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.OpenAsync(_site.Root);
        await page.GotoAsync(Site + "/refs/acme/widgets/?state=open");

        Assert.Equal(["#3", "#5"], await VisibleNumbers(page));
        Assert.Equal("2 of 5 shown", await page.Locator("form.ref-filter output").TextContentAsync());

        await page.Locator("select[name=months]").SelectOptionAsync("3");
        Assert.Equal(["#3"], await VisibleNumbers(page));
        Assert.EndsWith("?state=open&months=3", page.Url, StringComparison.Ordinal);

        await page.Locator("select[name=state]").SelectOptionAsync("");
        await page.Locator("select[name=months]").SelectOptionAsync("");
        Assert.Equal(5, (await VisibleNumbers(page)).Length);
        Assert.Equal(Site + "/refs/acme/widgets/", page.Url);
    }

    [Theory]
    [InlineData("/refs/acme/widgets/1/")]
    [InlineData("/refs/acme/widgets/")]
    [InlineData("/people/ada-l/")]
    public async Task AxeFindsNoSeriousViolationsInTheNewParts(string path)
    {
        await using var browser = await Support.Browser.LaunchAsync();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await browser.OpenAsync(_site.Root, new BrowserNewContextOptions { ColorScheme = scheme });
            await page.GotoAsync(Site + path);
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = NodeTools.AxeScript });
            var json = await page.EvaluateAsync<string>("""
                async () => JSON.stringify((await axe.run(document, { resultTypes: ["violations"] })).violations
                  .filter(v => v.impact === "serious" || v.impact === "critical")
                  .map(v => `${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", ")}`))
                """);
            var violations = JsonSerializer.Deserialize<string[]>(json)!;
            Assert.True(violations.Length == 0, $"{path} ({scheme}):\n" + string.Join("\n", violations));
        }
    }
}
