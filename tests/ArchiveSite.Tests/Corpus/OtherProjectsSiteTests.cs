using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Corpus;

/// <summary>
/// The whole site of each of the two other projects' minutes, built with no configuration: it succeeds with
/// no error and no broken link, and a folder of several meeting groups gets a home and a series index that
/// list each group (screenshots in artifacts/screenshots, copied to docs/screenshots for the README).
/// </summary>
public sealed class OtherProjectsSiteTests
{
    [Theory]
    [Trait("Category", "Slow")] // ../shared, Chromium
    [InlineData("openjs-cpc", "meetings", "OpenJS Foundation Cross Project Council")]
    [InlineData("rust-compiler-team", "minutes", "Triage")]
    public async Task BuildsWithNoConfigurationNoErrorAndNoBrokenLink(string project, string notesFolder, string busiestSeries)
    {
        using var temp = new TempFolder();
        var (notes, _) = SharedCorpus.Project(project, notesFolder);

        var site = BuiltSite.Build(notes, Path.Combine(temp.Path, "site"));

        Assert.True(site.Result.Succeeded, site.Errors());
        Assert.Empty(InternalLinks.Broken(site.Root));
        var series = site.Page("/series/").QuerySelectorAll("main a[href^='/series/']").Select(a => a.TextContent.Trim()).ToList();
        Assert.True(series.Count >= 3, string.Join(", ", series));
        Assert.Equal(busiestSeries, series[0]);
        var home = site.Page("/").QuerySelectorAll("section[aria-labelledby=series] li a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(series.Take(home.Count), home);

        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.OpenAsync(site.Root);
        await page.GotoAsync(Support.Browser.Origin + "/");
        await page.ScreenshotAsync(new() { Path = Support.Browser.ScreenshotPath($"{project}-home"), FullPage = true });
        await page.GotoAsync(Support.Browser.Origin + "/series/");
        await page.ScreenshotAsync(new() { Path = Support.Browser.ScreenshotPath($"{project}-series"), FullPage = true });
    }
}
