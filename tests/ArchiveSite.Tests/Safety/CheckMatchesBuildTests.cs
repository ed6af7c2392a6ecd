using System.Xml.Linq;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Safety;

/// <summary><c>check</c> runs every stage that can fail a build: a green check means a green build, and problems name the note.</summary>
public sealed class CheckMatchesBuildTests
{
    private const string Head = "# Community call 2024-01-10\n\n## Attendees\n- Ada Lovelace ([@ada-l](https://github.com/ada-l))\n\n";

    public static TheoryData<string, string> Notes() => new()
    {
        { "control character in the feed summary", Head + "## Agenda\n- The \u0001 roadmap \uFFFF\n" },
        { "relative image in raw HTML", Head + "<p><img src=\"diagram.png\" alt=\"the plan\"></p>\n" },
        { "relative link in raw HTML", Head + "See <a href=\"../other/notes.md\">the other notes</a>.\n" },
    };

    [Theory]
    [Trait("Category", "Slow")] // the CLI as a process
    [MemberData(nameof(Notes))]
    public void WhatCheckPassesBuilds(string what, string note)
    {
        using var temp = new TempFolder();
        temp.Write("content/archive.yml", "base_url: https://example.org/\n");
        temp.Write("content/2024-01-10.md", note);
        var content = Path.Combine(temp.Path, "content");

        var check = CliRunner.Run("check", "--content", content);
        var build = CliRunner.Run("build", "--content", content, "--out", Path.Combine(temp.Path, "site"), "--no-search");

        Assert.True(check.ExitCode == 0, $"{what}: check said\n{check.StdErr}");
        Assert.True(build.ExitCode == 0, $"{what}: build said\n{build.StdErr}");
        // The feed is well-formed XML whatever the notes hold.
        XDocument.Load(Path.Combine(temp.Path, "site", "feed.xml"));
    }

    [Fact]
    public void RelativeAddressesInRawHtmlGoWhereMarkdownOnesGo()
    {
        using var temp = new TempFolder();
        temp.Write("content/archive.yml", "source_url: https://github.com/example/community/blob/main/notes\n");
        temp.Write("content/2024-01-10.md", Head + "<p><img src=\"img/diagram.png\" alt=\"the plan\"></p>\n\n![same](img/diagram.png)\n");
        temp.Write("content/2024-01-17.md", "# Community call 2024-01-17\n\n<a href=\"2024-01-10.md\">last week</a>, <a href='nowhere/x.md'>elsewhere</a>\n");

        var site = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"));

        Assert.True(site.Result.Succeeded, site.Errors());
        var first = site.Page("/calls/2024/01/10/community-call/");
        Assert.Equal(2, first.QuerySelectorAll("#call-notes img").Length);
        Assert.All(first.QuerySelectorAll("#call-notes img"), img => Assert.Equal("https://github.com/example/community/blob/main/notes/img/diagram.png", img.GetAttribute("src")));
        var second = site.Page("/calls/2024/01/17/community-call/");
        Assert.Equal(["/calls/2024/01/10/community-call/", "https://github.com/example/community/blob/main/notes/nowhere/x.md"],
            second.QuerySelectorAll("#call-notes p a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void WithoutSourceUrlARelativeRawAddressIsDroppedWithTheNotesLine()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-01-10.md", Head + "Text.\n\n<img src=\"diagram.png\" alt=\"the plan\">\n");

        var site = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"));

        Assert.True(site.Result.Succeeded, site.Errors());
        Assert.Contains(site.Result.Diagnostics, d => d.ToString() == "2024-01-10.md:8: warning: link 'diagram.png' points at no note of the archive; it is shown as text (link a note, or set source_url in archive.yml)");
        Assert.Null(site.Page("/calls/2024/01/10/community-call/").QuerySelector("main img")!.GetAttribute("src"));
    }
}
