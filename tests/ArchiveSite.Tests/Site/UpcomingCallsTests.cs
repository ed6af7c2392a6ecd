using ArchiveSite.Checking;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>
/// A note written ahead of its call (an empty roster, an agenda of placeholders) is upcoming when it is dated after
/// the newest call held: listed apart on the home page, never among the latest calls, in /stats/ or in the feeds.
/// </summary>
public sealed class UpcomingCallsTests
{
    private static string Held(string date) => $"# Widget Sync {date}\n\n## Attendees\n- Ada Lovelace ([@ada-l](https://github.com/ada-l))\n\n## Notes\n- Shipped widget/core#12\n";

    private static string Stub(string date) => $"# Widget Sync {date}\n\n## Attendees\n\n## Agenda\n- [ ] TODO\n";

    private static TempFolder Notes()
    {
        var temp = new TempFolder();
        temp.Write("archive.yml", "base_url: https://example.org/\n");
        temp.Write("2024-01-10.md", Held("2024-01-10"));
        temp.Write("2024-01-17.md", Stub("2024-01-17"));   // before the newest call held: a call
        temp.Write("2024-01-24.md", Held("2024-01-24"));
        temp.Write("2024-01-31.md", Stub("2024-01-31"));
        temp.Write("2024-02-07.md", Stub("2024-02-07"));
        return temp;
    }

    [Fact]
    public void StubsAfterTheNewestCallHeldAreUpcomingAndListedApart()
    {
        using var notes = Notes();
        using var output = new TempFolder();

        var site = BuiltSite.Build(notes.Path, Path.Combine(output.Path, "site"));

        Assert.True(site.Result.Succeeded, site.Errors());
        var archive = site.Result.Archive!;
        Assert.Equal(["2024-01-31", "2024-02-07"], archive.Meetings.Where(m => m.Upcoming).Select(m => m.Date.ToString("yyyy-MM-dd", null)));
        var home = site.Page("/");
        var upcoming = home.QuerySelector("section[aria-labelledby=upcoming]");
        Assert.NotNull(upcoming);
        Assert.Equal(2, upcoming.QuerySelectorAll("li").Length);
        var latest = home.QuerySelector("section[aria-labelledby=latest]")!.TextContent;
        Assert.DoesNotContain("31 January 2024", latest, StringComparison.Ordinal);
        Assert.Contains("24 January 2024", latest, StringComparison.Ordinal);
        Assert.Contains("to 24 January 2024", site.Page("/stats/").QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
        var series = site.Page(Urls.SitePaths.Series("widget-sync"));
        Assert.Equal(2, series.QuerySelectorAll("section[aria-labelledby=upcoming] li").Length);
        var stub = Urls.SitePaths.Call(archive.Meetings.Single(m => m.Date == new DateOnly(2024, 1, 31)));
        Assert.Single(series.QuerySelectorAll("main a"), a => a.GetAttribute("href")?.EndsWith(stub, StringComparison.Ordinal) == true);
        Assert.Contains("3 calls of this series, newest first, and 2 upcoming calls.", series.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        var feed = File.ReadAllText(site.File("/feed.xml"));
        Assert.DoesNotContain("2024-01-31", feed, StringComparison.Ordinal);
        Assert.Contains("2024-01-17", feed, StringComparison.Ordinal);
        using var export = System.Text.Json.JsonDocument.Parse(File.ReadAllText(site.File("/meetings.json")));
        Assert.Equal(2, export.RootElement.GetProperty("meetings").EnumerateArray().Count(m => m.GetProperty("upcoming").GetBoolean()));
        // The call page is still there, for the link in the list.
        Assert.True(site.Exists(Urls.SitePaths.Call(archive.Meetings.Single(m => m.Date == new DateOnly(2024, 2, 7)))));
    }

    [Fact]
    public void CheckSaysWhichCallsItTookForUpcoming()
    {
        using var notes = Notes();

        var result = NoteChecker.Check(notes.Path);

        Assert.Contains("2 upcoming calls (a roster heading naming nobody, no minutes, dated after the last call held): 2024-01-31.md:1 2024-01-31, 2024-02-07.md:1 2024-02-07; "
            + "listed apart on the home and series pages, not among the latest calls, the charts or the feeds", result.Inferred);
    }

    [Fact]
    public void AnArchiveOfAgendasWithNoRosterHeadingHasNoUpcomingCalls()
    {
        // Agendas kept as the record (no roster heading at all) after the last call with a roster are calls held.
        using var temp = new TempFolder();
        temp.Write("2024-01-10.md", Held("2024-01-10"));
        temp.Write("2024-01-17.md", "# Widget Sync 2024-01-17\n\n## Agenda\n- Release widget/core#13\n");

        var loaded = ArchiveLoader.Load(temp.Path);

        Assert.DoesNotContain(loaded.Archive.Meetings, m => m.Upcoming);
    }
}
