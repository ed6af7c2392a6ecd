using ArchiveSite.Tests.Support;
using ArchiveSite.Urls;

namespace ArchiveSite.Tests.Browser;

/// <summary>
/// An unquoted query of several words finds first the call that holds them as a phrase, however far down
/// Pagefind's word ranking puts it (its words side by side once in a long note, against short notes full of them).
/// </summary>
// Slow: Chromium, Pagefind.
[Trait("Category", "Slow")]
public sealed class PhraseSearchBrowserTests
{
    private const string Query = "sharded blocks protocol";

    [Fact]
    public async Task TheCallHoldingTheExactPhraseComesFirstWhereverWordsRankedIt()
    {
        using var temp = new TempFolder();
        var day = new DateOnly(2023, 1, 4);
        for (var i = 0; i < 44; i++, day = day.AddDays(7))
            temp.Write($"notes/{day:yyyy-MM-dd}.md", $"# Sync {day:yyyy-MM-dd}\n\n## Notes\n- sharded protocol blocks, sharded protocol blocks\n- blocks protocol sharded\n");
        var filler = string.Join(' ', Enumerable.Repeat("The group went through the release checklist and the open reviews.", 60));
        temp.Write("notes/2024-06-05.md", $"# Sync 2024-06-05\n\n## Notes\n- {filler}\n- We agreed on the sharded blocks protocol.\n- {filler}\n");
        var site = BuiltSite.Build(Path.Combine(temp.Path, "notes"), Path.Combine(temp.Path, "site"), search: true);
        Assert.True(site.Result.Succeeded, site.Errors());
        var target = SitePaths.Call(site.Result.Archive!.Meetings.Single(m => m.Date == new DateOnly(2024, 6, 5)));

        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.OpenAsync(site.Root);
        await page.GotoAsync(Support.Browser.Origin + "/search/?q=" + Uri.EscapeDataString(Query));
        await Support.Browser.WaitForSearchResultsAsync(page);

        // The premise: by words alone, Pagefind ranks that call past the first 30.
        var byWords = await page.EvaluateAsync<int>(
            "async ([q, url]) => { const pf = await import('/pagefind/pagefind.js'); const s = await pf.search(q); const d = await Promise.all(s.results.map(r => r.data())); return d.findIndex(x => x.url === url); }",
            new[] { Query, target });
        Assert.True(byWords >= 30, $"ranked {byWords} by words");
        var first = await page.Locator("#search-results > li .result-title a").First.GetAttributeAsync("href");
        Assert.Equal(target, first);
    }
}
