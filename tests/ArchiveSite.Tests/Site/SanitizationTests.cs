using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>Notes are untrusted: a hostile note goes in, and nothing executable comes out.</summary>
public sealed class SanitizationTests
{
    private const string HostileNote = """
        # Community call 2024-03-06

        ## Attendees
        - Mallory

        <script>alert(1)</script>
        <img src="https://img.example/x.png" onerror="alert(2)">
        <iframe src="https://evil.example"></iframe>

        - [markdown link](javascript:alert(3))
        - [entity encoded](&#106;avascript:alert(4))
        - [data url](data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==)
        - <a href="JaVaScRiPt:alert(6)">mixed case</a>
        - <a href="&#x6A;avascript&colon;alert(7)">entities in raw HTML</a>
        - Generic attributes are not enabled {onclick="alert(8)"}
        - [with attributes](https://ok.example){onclick=alert(9)}
        - <autolink:javascript:alert(16)>

        <div style="background:url(javascript:alert(10))" onmouseover="alert(11)">hover</div>
        <svg onload="alert(12)"><script>alert(13)</script></svg>
        <form action="https://evil.example"><input type="text" name="a"><button formaction="javascript:alert(17)">go</button></form>
        <object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">
        <meta http-equiv="refresh" content="0;url=javascript:alert(14)">
        <base href="https://evil.example/">
        <math><mi xlink:href="javascript:alert(15)">m</mi></math>
        <a href="https://ok.example/" target="_blank">a fine link</a>
        """;

    // Markdown alone, no raw HTML: such a note skips the HTML sanitizer, so its links and images are
    // vetted on the Markdown tree (NoteLinks). Every spelling of an unsafe address must still lose its link.
    private const string HostileMarkdownOnlyNote = """
        # Community call 2024-03-06

        ## Attendees
        - Mallory

        - [markdown link](javascript:alert(3))
        - [entity encoded](&#106;avascript:alert(4))
        - [data url](data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==)
        - [mixed case](JaVaScRiPt:alert(6))
        - [tab inside](<java{TAB}script:alert(7)>)
        - [vbscript](vbscript:msgbox(8))
        - [with attributes](https://ok.example){onclick=alert(9)}
        - <autolink:javascript:alert(16)>
        - ![image](javascript:alert(17)) and ![data image](data:image/svg+xml;base64,PHN2Zy8+)
        - [reference style][evil]

        [evil]: javascript:alert(18)

        ## Heading with `code` and [a link](javascript:alert(19))

        A [fine link](https://ok.example/) and <https://github.com/falcosecurity/falco/pull/1>.
        """;

    [Fact]
    public void HostileNoteBuildsButNothingExecutableReachesThePage()
    {
        var (page, notes) = BuildCallPage(HostileNote);
        AssertNothingExecutable(page);
        foreach (var tag in new[] { "iframe", "object", "embed", "form", "input[type=text]", "button", "meta", "base", "svg", "math", "style" })
            Assert.Empty(notes.QuerySelectorAll(tag));
        Assert.DoesNotContain("alert(1)", notes.TextContent);
        Assert.DoesNotContain("alert(13)", notes.TextContent);
        Assert.Null(notes.QuerySelector("[style]"));

        // What is harmless stays: the words, the image, the plain link (now rel=noopener).
        Assert.Contains("hover", notes.TextContent);
        Assert.Contains("Generic attributes are not enabled", notes.TextContent);
        Assert.NotNull(notes.QuerySelector("img[src='https://img.example/x.png']"));
        var fine = notes.QuerySelectorAll("a").Single(a => a.TextContent == "a fine link");
        Assert.Equal("noopener", fine.GetAttribute("rel"));
    }

    [Fact]
    public void HostileMarkdownWithoutRawHtmlKeepsItsWordsButLosesItsUnsafeLinks()
    {
        var (page, notes) = BuildCallPage(HostileMarkdownOnlyNote.Replace("{TAB}", "\t"));
        AssertNothingExecutable(page);

        foreach (var words in new[] { "markdown link", "entity encoded", "data url", "mixed case", "tab inside", "vbscript", "reference style", "image", "data image" })
            Assert.Contains(words, notes.TextContent);
        Assert.Empty(notes.QuerySelectorAll("img"));
        Assert.Equal("noopener", notes.QuerySelectorAll("a").Single(a => a.TextContent == "fine link").GetAttribute("rel"));
        Assert.Equal("noopener", notes.QuerySelectorAll("a").Single(a => a.TextContent == "with attributes").GetAttribute("rel"));
        var heading = notes.QuerySelectorAll("h3").Single(h => h.TextContent.StartsWith("Heading with", StringComparison.Ordinal));
        Assert.StartsWith("Heading with code and a link", heading.TextContent);
        Assert.Equal("#" + heading.Id, heading.QuerySelector("a.anchor")!.GetAttribute("href"));
    }

    private static (AngleSharp.Dom.IDocument Page, AngleSharp.Dom.IElement Notes) BuildCallPage(string note)
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-03-06.md", note);
        var site = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"));
        Assert.True(site.Result.Succeeded, site.Errors());
        var page = site.Page("/calls/2024/03/06/community-call/");
        return (page, page.QuerySelector("#call-notes")!);
    }

    private static void AssertNothingExecutable(AngleSharp.Dom.IDocument page)
    {
        // The only script on the page is the theme's own.
        Assert.Equal(["/assets/"], page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")?[..8]).Distinct());
        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}> survived");
                var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                foreach (var scheme in new[] { "javascript:", "data:", "vbscript:", "autolink:" })
                    Assert.False(value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\"> survived");
            }
        }
    }

    [Fact]
    public void TemplatesEncodeNoteTextInTitlesAndNames()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-03-06.md", """
            # Community call 2024-03-06 <img src=x onerror=alert(1)>

            ## MC
            - <b onclick=alert(2)>Mallory</b>

            ## Attendees
            - Eve <script>alert(3)</script>

            ## Agenda
            1. [<i>x</i>] <script>alert(4)</script> item
            """);
        var site = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"));
        Assert.True(site.Result.Succeeded, site.Errors());

        foreach (var file in site.HtmlFiles())
        {
            var page = site.Page("/" + Path.GetRelativePath(site.Root, file));
            Assert.Equal(page.QuerySelectorAll("script").Length, page.QuerySelectorAll("script[src^='/assets/']").Length);
            Assert.Empty(page.QuerySelectorAll("[onclick], [onerror], main img[src=x]"));
        }
    }
}
