using ArchiveSite.Site;
using ArchiveSite.Tests.Support;
using static ArchiveSite.Tests.Support.CachedBuilds;

namespace ArchiveSite.Tests.Site;

/// <summary>
/// A build from exactly what the last site in its output was made from (notes and settings byte for byte, theme,
/// tool, options) keeps that site whole, without reading a note, and reports what the last build reported; any
/// change to any of those makes the site again, the same as a clean build.
/// </summary>
public sealed class UnchangedSiteTests
{
    internal const string KeptWhole = "kept the last site whole";

    [Fact]
    public void AnUnchangedRebuildKeepsTheLastSiteAndItsReport()
    {
        using var temp = new TempFolder();
        var (content, output, cacheFolder, _) = Example(temp);
        // A warning for the report to carry over.
        File.AppendAllText(Path.Combine(content, "2024-01-10.md"), "\n- See [the wiki](github.com/example/widget/wiki)\n");
        var first = Build(content, output, cacheFolder);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        Assert.Contains(first.Diagnostics, d => d.File == "2024-01-10.md" && d.Message.Contains("has no scheme", StringComparison.Ordinal));
        var files = Inodes(output, "*");

        var second = Build(content, output, cacheFolder);

        Assert.True(second.Succeeded);
        Assert.StartsWith(KeptWhole, second.Stages[0].Stage, StringComparison.Ordinal);
        Assert.DoesNotContain(second.Stages, s => s.Stage.StartsWith("read ", StringComparison.Ordinal) || s.Stage.StartsWith("rendered", StringComparison.Ordinal));
        Assert.Null(second.Archive);
        // Every file the same file (uploaders that go by time send nothing), and the same report to the last line and count.
        Assert.Equal(files, Inodes(output, "*"));
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal((first.Notes, first.Calls, first.Pages, first.People, first.References), (second.Notes, second.Calls, second.Pages, second.People, second.References));
        Assert.True(first.People > 0 && first.References > 0);
    }

    [Theory]
    [InlineData("nothing between")]
    [InlineData("a note added and built into the same folder between")]
    public void AnUnchangedBuildIntoANewFolderKeepsTheCachesCopyWhole(string between)
    {
        // CI on a fresh machine after a merge that touched no note: the cache restored, the output folder not there.
        // The copy is made by the first build into a new folder; a build into the same folder must keep it up to date.
        using var temp = new TempFolder();
        var (content, output, cacheFolder, _) = Example(temp);
        Assert.True(Build(content, output, cacheFolder).Succeeded);
        if (between != "nothing between")
        {
            File.WriteAllText(Path.Combine(content, "2024-03-06.md"), "# Example Community Call\n\n## 2024-03-06\n\n- Release plan\n");
            Assert.True(Build(content, output, cacheFolder).Succeeded);
        }
        Directory.Delete(output, recursive: true);

        var again = Build(content, output, cacheFolder);

        Assert.True(again.Succeeded);
        Assert.StartsWith(KeptWhole, again.Stages[0].Stage, StringComparison.Ordinal);
        AssertSameAsCleanBuild(temp, content, output, $"kept whole from the cache's copy, {between}");
    }

    [Fact]
    public void ASiteKeptWholeKeepsItsSearchIndexWithoutIndexingAgain()
    {
        // Pagefind reads nothing but the pages, and they are kept file for file: its index is kept with them, here and
        // (the slow part of a CI build that changed no note) from the cache's copy into a new folder.
        using var temp = new TempFolder();
        var (content, output, cacheFolder, _) = Example(temp);
        var pagefind = new FakePagefind(Path.Combine(temp.Path, "tools"));
        BuildResult BuildWithSearch() => Build(content, output, cacheFolder, search: true, pagefind: pagefind.Binary);
        Assert.True(BuildWithSearch().Succeeded);
        Assert.Equal(1, pagefind.Runs);
        var files = Inodes(output, "*");
        Assert.Contains("pagefind/pagefind.js", files.Keys);
        Assert.Contains("pagefind/fragment/en_1.pf_fragment", files.Keys);
        pagefind.Reinstall();

        var kept = BuildWithSearch();

        Assert.True(kept.Succeeded);
        Assert.StartsWith(KeptWhole, kept.Stages[0].Stage, StringComparison.Ordinal);
        Assert.Contains("its search index among them", kept.Stages[0].Stage, StringComparison.Ordinal);
        Assert.DoesNotContain(kept.Stages, s => s.Stage.StartsWith("indexed ", StringComparison.Ordinal));
        Assert.Equal(1, pagefind.Runs);
        Assert.Equal(files, Inodes(output, "*"));

        Directory.Delete(output, recursive: true);
        var fromCopy = BuildWithSearch();

        Assert.True(fromCopy.Succeeded);
        Assert.StartsWith(KeptWhole, fromCopy.Stages[0].Stage, StringComparison.Ordinal);
        Assert.Equal(1, pagefind.Runs);
        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), Inodes(output, "*").Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ANoteThatCannotBeReadIsReportedThoughNothingElseChanged()
    {
        // A link planted among the notes is read by no build, so what the site is made from is the same: the build
        // must still stop on it, as it would without a cache.
        using var temp = new TempFolder();
        var (content, output, cacheFolder, _) = Example(temp);
        Assert.True(Build(content, output, cacheFolder).Succeeded);
        var files = Inodes(output, "*");
        File.CreateSymbolicLink(Path.Combine(content, "2024-03-06.md"), "/etc/hostname");

        var rebuilt = Build(content, output, cacheFolder);

        Assert.False(rebuilt.Succeeded);
        Assert.Contains(rebuilt.Diagnostics, d => d.File == "2024-03-06.md" && d.Message.Contains("symbolic link", StringComparison.Ordinal));
        Assert.Equal(files, Inodes(output, "*"));
    }
}
