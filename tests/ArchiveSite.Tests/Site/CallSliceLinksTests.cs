using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>
/// A note of several calls is rendered one call at a time, each from its own part of the note; a reference-style
/// link (<c>[roadmap][rm]</c>) must keep the definition the note gives anywhere (<c>[rm]: https://…</c> at its end).
/// </summary>
public sealed class CallSliceLinksTests
{
    [Fact]
    public void AReferenceLinkKeepsItsDefinitionFromElsewhereInTheNote()
    {
        using var temp = new TempFolder();
        temp.Write("content/community-call.md", """
            # Community Call

            ## 2024-03-06

            - Ana Lima
            - See the [roadmap][rm] and the [docs].

            ## 2024-03-13

            - Bo Chen
            - The [roadmap][rm] again.

            [rm]: https://example.org/roadmap
            [docs]: https://example.org/docs "The docs"
            """);
        var site = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"));
        Assert.True(site.Result.Succeeded, site.Errors());
        var pages = site.HtmlFiles().Where(f => f.Contains("/calls/2024/03/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, pages.Count);

        var first = Parse(pages[0]).QuerySelector("#call-notes")!;
        Assert.Equal("https://example.org/roadmap", first.QuerySelectorAll("a").Single(a => a.TextContent == "roadmap").GetAttribute("href"));
        Assert.Equal("https://example.org/docs", first.QuerySelectorAll("a").Single(a => a.TextContent == "docs").GetAttribute("href"));
        Assert.DoesNotContain("[rm]", first.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("example.org", first.TextContent, StringComparison.Ordinal);

        var second = Parse(pages[1]).QuerySelector("#call-notes")!;
        Assert.Equal("https://example.org/roadmap", second.QuerySelectorAll("a").Single(a => a.TextContent == "roadmap").GetAttribute("href"));
    }

    private static AngleSharp.Dom.IDocument Parse(string file) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file));
}
