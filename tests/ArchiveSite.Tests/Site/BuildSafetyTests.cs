using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>What a build may never do: write where it should not, leave a half-built site, or differ between runs.</summary>
public sealed class BuildSafetyTests
{
    private const string Note = """
        # Community call 2024-01-10

        ## MC
        - Ada Lovelace ([@ada-l](https://github.com/ada-l))

        ## Attendees
        - Ada Lovelace ([@ada-l](https://github.com/ada-l))
        - Grace Hopper

        ## Agenda
        1. [ada-l] Release plan: https://github.com/example/widget/pull/12
        """;

    [Theory]
    [InlineData("content", "is the content folder")]
    [InlineData(".", "contains the content folder")]
    [InlineData("content/site", "is inside the content folder")]
    [InlineData("foreign", "did not write")]
    public void RefusesOutputFoldersItMustNotReplace(string output, string expected)
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-01-10.md", Note);
        temp.Write("foreign/keep.txt", "someone's file");
        var before = Snapshot(temp.Path);

        var site = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, output));

        Assert.False(site.Result.Succeeded);
        Assert.Contains(expected, site.Errors());
        Assert.Equal(before, Snapshot(temp.Path));
    }

    [Fact]
    public void BuildsIntoAFolderOfTheContentFolderThatIsNeverReadAsNotes()
    {
        // At a minutes repository's root the content folder is the root; its _site is never read as notes.
        using var temp = new TempFolder();
        temp.Write("repo/2024-01-10.md", Note);
        var repo = Path.Combine(temp.Path, "repo");

        var first = BuiltSite.Build(repo, Path.Combine(repo, "_site"));
        var second = BuiltSite.Build(repo, Path.Combine(repo, "_site"));

        Assert.True(first.Result.Succeeded, first.Errors());
        Assert.True(second.Result.Succeeded, second.Errors());
        Assert.Equal(1, second.Result.Notes);
        Assert.True(File.Exists(Path.Combine(repo, "_site", "index.html")));
    }

    [Fact]
    public void RefusesTheRepositoryRoot()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "repo", ".git"));
        temp.Write("repo/notes/2024-01-10.md", Note);

        var site = BuiltSite.Build(Path.Combine(temp.Path, "repo", "notes"), Path.Combine(temp.Path, "repo"));

        Assert.False(site.Result.Succeeded);
        Assert.Contains("the repository root", site.Errors());
        Assert.True(File.Exists(Path.Combine(temp.Path, "repo", "notes", "2024-01-10.md")));
    }

    [Fact]
    public void FailedBuildLeavesThePreviousSiteIntact()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-01-10.md", Note);
        var content = Path.Combine(temp.Path, "content");
        var output = Path.Combine(temp.Path, "site");
        Assert.True(BuiltSite.Build(content, output).Result.Succeeded);
        var built = Snapshot(output);

        // A bad note fails the build before anything is written...
        temp.Write("content/undated.md", "# Notes without a date\n");
        var failed = BuiltSite.Build(content, output);
        Assert.False(failed.Result.Succeeded);
        Assert.Contains("undated.md:1:1: error: no date found", failed.Errors());
        Assert.Equal(built, Snapshot(output));

        // ...and a broken link (here in a theme: a note's links are settled or dropped) fails it after every
        // page was written to the staging folder.
        File.Delete(Path.Combine(content, "undated.md"));
        var theme = ThemeCopy.OfDefault(temp);
        var call = Path.Combine(theme, "templates", "Call.cshtml");
        File.WriteAllText(call, File.ReadAllText(call).Replace("<h1 ", "<a href=\"/nowhere/\">lost</a><h1 "));
        temp.Write("content/archive.yml", "theme: ../my-theme\n");
        failed = BuiltSite.Build(content, output);
        Assert.False(failed.Result.Succeeded);
        Assert.Contains("calls/2024/01/10/community-call/index.html: error: broken internal link '/nowhere/'", failed.Errors());
        Assert.Equal(built, Snapshot(output));
        // Nothing is left beside the site: no staging folder, no lock file.
        Assert.Equal(["content", "my-theme", "site"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    [Trait("Category", "Slow")] // ../shared
    public void RebuildsAreByteIdentical()
    {
        using var temp = new TempFolder();
        var first = BuiltSite.Build(SharedCorpus.FalcoNotes, Path.Combine(temp.Path, "a"), search: true);
        var second = BuiltSite.Build(SharedCorpus.FalcoNotes, Path.Combine(temp.Path, "b"), search: true);

        Assert.True(first.Result.Succeeded && second.Result.Succeeded);
        var a = Snapshot(first.Root);
        Assert.True(a.Count > 1000);
        Assert.Equal(a, Snapshot(second.Root));
    }

    [Fact]
    public void LongListsArePaginatedAndEveryPageIsLinked()
    {
        using var temp = new TempFolder();
        var day = new DateOnly(2020, 1, 1);
        for (var i = 0; i < 230; i++, day = day.AddDays(7))
            temp.Write($"content/{day:yyyy-MM-dd}.md", $"# Community call {day:yyyy-MM-dd}\n\n## Attendees\n- Ada Lovelace ([@ada-l](https://github.com/ada-l))\n\n## Agenda\n1. https://github.com/example/widget/pull/7\n");

        var site = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"));

        Assert.True(site.Result.Succeeded, site.Errors());
        foreach (var first in new[] { "/people/ada-l/", "/refs/example/widget/7/", "/calls/", "/series/community-call/" })
        {
            Assert.True(site.Exists(first + "page/3/"), $"{first}page/3/");
            Assert.False(site.Exists(first + "page/4/"), $"{first}page/4/");
            var last = site.Page(first + "page/3/");
            Assert.Equal("Page 3 of 3", last.QuerySelector(".pager p")!.TextContent);
            Assert.Equal(first + "page/2/", last.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
        }
        Assert.Equal(30, site.Page("/people/ada-l/page/3/").QuerySelectorAll(".call-list > li").Length);
        Assert.Empty(InternalLinks.Broken(site.Root));
    }

    [Fact]
    public void LinksBetweenNotesLeadToTheCallPages()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-01-10.md", Note);
        temp.Write("content/2024-01-17.md", "# Community call 2024-01-17\n\nFollow-up of [last week](2024-01-10.md#agenda) and [the README](../README.md).\n");

        var site = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"));

        Assert.True(site.Result.Succeeded, site.Errors());
        var notes = site.Page("/calls/2024/01/17/community-call/").QuerySelector("#call-notes")!;
        Assert.Equal("/calls/2024/01/10/community-call/", notes.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("the README", notes.TextContent);
        Assert.Contains(site.Result.Diagnostics, d => d.ToString().StartsWith("2024-01-17.md:3: warning: link '../README.md' points at no note", StringComparison.Ordinal));
    }

    [Fact]
    public void BaseUrlPrefixesEveryLinkAndMakesFeedUrlsAbsolute()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-01-10.md", Note);

        var site = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"), "https://example.org/archive/");

        Assert.True(site.Result.Succeeded, site.Errors());
        var call = site.Page("/calls/2024/01/10/community-call/");
        Assert.Equal("https://example.org/archive/calls/2024/01/10/community-call/", call.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.All(call.QuerySelectorAll("a[href^='/']"), a => Assert.StartsWith("/archive/", a.GetAttribute("href")));
        Assert.Contains("<loc>https://example.org/archive/calls/2024/01/10/community-call/</loc>", File.ReadAllText(site.File("/sitemap.xml")));
        Assert.Contains("Sitemap: https://example.org/archive/sitemap.xml", File.ReadAllText(site.File("/robots.txt")));
    }

    /// <summary>Every file under a folder with a hash of its bytes.</summary>
    private static Dictionary<string, string> Snapshot(string folder) => FolderSnapshot.Of(folder);
}
