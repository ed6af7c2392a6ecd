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

    [Fact]
    public void HostileNoteBuildsButNothingExecutableReachesThePage()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-03-06.md", HostileNote);
        var site = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"));
        Assert.True(site.Result.Succeeded, site.Errors());

        var page = site.Page("/calls/2024/03/06/community-call/");
        var notes = page.QuerySelector("#call-notes")!;

        // The only script on the page is the theme's own.
        Assert.Equal(["/assets/"], page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")?[..8]).Distinct());
        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}> survived");
                var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                foreach (var scheme in new[] { "javascript:", "data:", "vbscript:" })
                    Assert.False(value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\"> survived");
            }
        }
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
