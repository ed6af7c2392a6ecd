using ArchiveSite.Tests.Support;
using ArchiveSite.Urls;

namespace ArchiveSite.Tests.Site;

/// <summary>What a PR's page, a repository's list, a person's page and the home page show from refs.json.</summary>
public sealed class ReferencePagesTests(SyncedSite synced) : IClassFixture<SyncedSite>
{
    private readonly BuiltSite _site = synced.Site;

    private static string Ref(int number) => SitePaths.Reference(Model.ReferenceKey.Create("acme", "widgets", number));

    [Fact]
    public void APullRequestPageSaysWhatItWasWhetherItLandedAndWhoOpenedIt()
    {
        var page = _site.Page(Ref(1));
        Assert.Equal("Load widgets lazily", page.QuerySelector(".written-title")!.TextContent.Trim());
        Assert.Equal("merged 7 March 2024", page.QuerySelector(".ref-facts .state-merged")!.TextContent);
        var author = page.QuerySelector(".ref-facts a")!;
        Assert.Equal(("Ada Lovelace", "/people/ada-l/"), (author.TextContent, author.GetAttribute("href")));
        Assert.Equal(["area/loader", "kind/feature"], page.QuerySelectorAll(".labels li").Select(l => l.TextContent));
        Assert.Contains("milestone 1.4.0", page.QuerySelector(".ref-facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("In the notes: “Faster widget loading”", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-pagefind-filter='state:Merged']"));
        Assert.Equal("acme/widgets#1: Load widgets lazily", page.QuerySelector("h1")!.GetAttribute("data-title"));
    }

    [Fact]
    public void WithoutFactsThePageKeepsTheNotesTitleAndNoState()
    {
        var page = _site.Page(Ref(7));
        Assert.Equal("An old idea about caching (as written in the notes)", page.QuerySelector(".written-title")!.TextContent.Trim());
        Assert.Null(page.QuerySelector(".state"));
        Assert.Null(page.QuerySelector("[data-pagefind-filter^='state:']"));
    }

    [Fact]
    public void MarkupInATitleIsShownAsText()
    {
        var page = _site.Page(Ref(2));
        Assert.Equal("Crash on start <script>alert(1)</script>", page.QuerySelector(".written-title")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll("main script"));
        var author = page.QuerySelector(".ref-facts a")!;
        Assert.Equal(("@someone-else", "https://github.com/someone-else"), (author.TextContent, author.GetAttribute("href")));
    }

    [Fact]
    public void ATransferredIssueLinksToWhereItLivesNow()
    {
        var page = _site.Page(Ref(5));
        Assert.Contains("Now acme/gadgets#12 on GitHub", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://github.com/acme/gadgets/issues/12", page.QuerySelector("a.button")!.GetAttribute("href"));
    }

    [Fact]
    public void TheRepositoryListShowsStatesMostRecentlyDiscussedFirst()
    {
        var page = _site.Page(SitePaths.Repository("acme", "widgets"));
        var rows = page.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(["#3", "#1", "#2", "#5", "#7"], rows.Select(r => r.QuerySelector("th a")!.TextContent));
        Assert.Equal(["open", "merged", "closed", "open", ""], rows.Select(r => r.GetAttribute("data-state")));
        Assert.Equal(SyncedNotes.Iso(SyncedNotes.Recent), rows[0].GetAttribute("data-last"));
        Assert.NotNull(page.QuerySelector("form.ref-filter select[name=state]"));
        var index = _site.Page(SitePaths.References);
        Assert.Contains(index.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/refs/acme/widgets/?state=open&months=3");
    }

    [Fact]
    public void APersonPageListsWhatTheyOpenedThatTheCallsDiscussed()
    {
        var page = _site.Page("/people/ada-l/");
        var authored = page.QuerySelectorAll("#authored-h + ul li").Select(li => li.QuerySelector("a")!.TextContent).ToList();
        Assert.Equal(["acme/widgets#3", "acme/widgets#1"], authored);
        Assert.Null(_site.Page("/people/grace/").QuerySelector("#authored-h"));
    }

    [Fact]
    public void HomeAndCallPagesShowStatesBesideTitles()
    {
        var home = _site.Page("/");
        Assert.Contains(home.QuerySelectorAll(".state"), s => s.TextContent == "merged 7 March 2024");
        var call = _site.Page(SitePaths.Call(_site.Result.Archive!.Meetings[^1]));
        Assert.Equal(3, call.QuerySelectorAll(".state").Length);
    }
}
