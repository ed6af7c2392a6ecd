using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>
/// What the minutes say, where a reader looks for it: the call's decisions and action items, who spoke, the
/// person's "What they said" and "Actions assigned", and the lists across calls (content/2024-01-10.md).
/// </summary>
public sealed class MinutesPagesTests(ExampleSite example) : IClassFixture<ExampleSite>
{
    private BuiltSite Site => example.Site;

    [Fact]
    public void TheCallPageListsItsDecisionsActionsAndWhoSpoke()
    {
        var page = Site.Page("/calls/2024/01/10/community-call/");
        Assert.Equal(["Agreed to land the lazy-loading PR (#42) behind a flag first."], page.QuerySelectorAll("#call-decisions li").Select(li => li.TextContent.Trim()));
        var actions = page.QuerySelectorAll("#call-actions li").ToList();
        Assert.Equal(2, actions.Count);
        Assert.Equal("open", actions[0].QuerySelector(".state")!.TextContent);
        Assert.Equal("/people/grace-h/", actions[0].QuerySelector(".owners a")!.GetAttribute("href"));
        Assert.Equal("done", actions[1].QuerySelector(".state")!.TextContent);
        Assert.Contains("ticked in the notes", actions[1].TextContent, StringComparison.Ordinal);
        var grace = page.QuerySelectorAll("#call-people li").Single(li => li.TextContent.Contains("Grace Hopper", StringComparison.Ordinal));
        Assert.Contains("spoke once", grace.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("[data-pagefind-filter]"), e => e.GetAttribute("data-pagefind-filter") == "speaker:Grace Hopper");
    }

    [Fact]
    public void TheCallPageLinksItsMeetingAndRecording()
    {
        var links = Site.Page("/calls/2024/01/10/community-call/").QuerySelectorAll("dt + dd ul.inline a")
            .Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();

        Assert.Contains(("Zoom Link", "https://zoom.example.org/j/123"), links);
        Assert.Contains(("Recording", "https://video.example.org/2024-01-10"), links);
    }

    [Fact]
    public void ThePersonPageQuotesThemAndListsTheirActions()
    {
        var page = Site.Page("/people/grace-h/");
        var said = page.QuerySelectorAll("section[aria-labelledby=said-h] li").Single();
        Assert.Equal("startup time doubled since 1.1; most of it is plugin loading.", said.QuerySelector("blockquote")!.TextContent);
        Assert.Equal("/calls/2024/01/10/community-call/#call-notes", said.QuerySelector(".from a")!.GetAttribute("href"));
        Assert.Contains("Grace to profile the plugin loader", page.QuerySelector("section[aria-labelledby=actions-h]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheListsGatherEveryCallsDecisionsAndActionsOpenFirst()
    {
        var actions = Site.Page("/actions/");
        var rows = actions.QuerySelectorAll("ul.actions li").ToList();
        Assert.Equal(["open", "done"], rows.Select(r => r.GetAttribute("data-state")));
        Assert.Equal("grace-h", rows[0].GetAttribute("data-person"));
        Assert.Equal("2 action items from the calls, 1 open; open ones first.", actions.QuerySelector(".lead")!.TextContent);
        Assert.NotNull(actions.QuerySelector("form.list-filter select[name=state]"));

        var decisions = Site.Page("/decisions/");
        var decision = decisions.QuerySelectorAll("ul.decisions li").Single();
        Assert.Equal("/calls/2024/01/10/community-call/", decision.QuerySelector(".from a")!.GetAttribute("href"));
        Assert.Contains(Site.Page("/").QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/decisions/");
    }
}
