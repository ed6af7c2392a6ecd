using ArchiveSite.Site;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>serve's fast pass: one saved note's call pages are redrawn from the last build's snapshot.</summary>
public sealed class NoteEditsTests
{
    private const string FirstCall = """
        # Community call 2024-03-06

        ## Attendees
        - Leonardo Grasso ([@leogr](https://github.com/leogr))

        ## Notes
        - Discussed the release plan
        """;

    private const string SecondCall = """
        # Community call 2024-03-13

        ## Attendees
        - Leonardo Grasso ([@leogr](https://github.com/leogr))

        ## Notes
        - Nothing new
        """;

    [Fact]
    public void AnEditedNoteRedrawsItsCallPageWithTheNewTextAndLeavesTheOthers()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-03-06.md", FirstCall);
        temp.Write("content/2024-03-13.md", SecondCall);
        var site = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"));
        Assert.True(site.Result.Succeeded, site.Errors());
        var other = File.ReadAllText(site.File("/calls/2024/03/13/community-call/"));

        temp.Write("content/2024-03-06.md", FirstCall.Replace("Discussed the release plan", "Agreed on a *release freeze*"));
        var redrawn = NoteEdits.Redraw(site.Result.Snapshot!, "2024-03-06.md");

        Assert.Equal(["/calls/2024/03/06/community-call/"], redrawn);
        var notes = site.Page("/calls/2024/03/06/community-call/").QuerySelector("#call-notes")!;
        Assert.Equal("release freeze", notes.QuerySelector("em")!.TextContent);
        Assert.DoesNotContain("Discussed the release plan", notes.TextContent);
        Assert.Equal(other, File.ReadAllText(site.File("/calls/2024/03/13/community-call/")));
    }

    [Fact]
    public void AnAddressTheEditAddsIsSettledAsTheBuildSettlesIt()
    {
        using var temp = new TempFolder();
        temp.Write("content/archive.yml", "source_url: https://github.com/example/community/blob/main\n");
        temp.Write("content/2024-03-06.md", FirstCall);
        temp.Write("content/2024-03-13.md", SecondCall);
        var site = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"));
        Assert.True(site.Result.Succeeded, site.Errors());

        temp.Write("content/2024-03-06.md", FirstCall + " (see [next week](2024-03-13.md), the [plan](plan.pdf) and [nowhere](../x.md))\n");
        Assert.NotNull(NoteEdits.Redraw(site.Result.Snapshot!, "2024-03-06.md"));

        var notes = site.Page("/calls/2024/03/06/community-call/").QuerySelector("#call-notes")!;
        Assert.Equal(["/calls/2024/03/13/community-call/", "https://github.com/example/community/blob/main/plan.pdf"],
            notes.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")));
        Assert.Contains("nowhere", notes.TextContent);
    }

    [Fact]
    public void AnEditThatMovesACallToAnotherDateIsLeftToTheFullRebuild()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-03-06.md", FirstCall);
        var site = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"));
        Assert.True(site.Result.Succeeded, site.Errors());
        var before = File.ReadAllText(site.File("/calls/2024/03/06/community-call/"));

        temp.Write("content/2024-03-06.md", FirstCall.Replace("2024-03-06", "2024-03-07"));

        Assert.Null(NoteEdits.Redraw(site.Result.Snapshot!, "2024-03-06.md"));
        Assert.Equal(before, File.ReadAllText(site.File("/calls/2024/03/06/community-call/")));
    }
}
