using ArchiveSite.Files;
using ArchiveSite.Output;
using ArchiveSite.Site;
using ArchiveSite.Tests.Support;
using static ArchiveSite.Tests.Support.CachedBuilds;

namespace ArchiveSite.Tests.Safety;

/// <summary>
/// The site a swap replaces is kept beside the output (<c>.NAME.spare</c>) and becomes the next build's staging
/// folder. Most of its files are the live site's own inodes, so the build must replace files there and never write
/// into one, or a build that then fails would leave the live site changed; and what it finds there is data it never
/// follows.
/// </summary>
public sealed class RecycledStagingTests
{
    [Fact]
    public void TheSiteBeforeLastIsTheNextBuildsFolderAndTheSiteIsACleanBuilds()
    {
        using var temp = new TempFolder();
        var (content, output, cacheFolder, _) = Example(temp);
        var spare = Path.Combine(temp.Path, ".site.spare");
        Assert.True(Build(content, output, cacheFolder).Succeeded);
        Assert.False(Directory.Exists(spare));
        var firstSite = PathStatus.Of(output).Inode;
        File.AppendAllText(Path.Combine(content, "2024-01-10.md"), "\n- One more line of notes\n");
        Assert.True(Build(content, output, cacheFolder).Succeeded);
        Assert.Equal(firstSite, PathStatus.Of(spare).Inode);
        var secondSite = PathStatus.Of(output).Inode;

        // A call deleted: its page, feed and folders must leave the recycled folder too.
        File.Delete(Path.Combine(content, "2024-01-10.md"));
        var third = Build(content, output, cacheFolder);

        Assert.True(third.Succeeded, string.Join('\n', third.Diagnostics));
        Assert.Equal(firstSite, PathStatus.Of(output).Inode);
        Assert.Equal(secondSite, PathStatus.Of(spare).Inode);
        AssertSameAsCleanBuild(temp, content, output, "a call deleted, built in the site before last");
    }

    [Fact]
    public void AnOutputDeletedByHandIsBuiltInItsSpareAgainstTheCachesCopy()
    {
        using var temp = new TempFolder();
        var (content, output, cacheFolder) = BuiltTwice(temp);
        var spare = PathStatus.Of(Path.Combine(temp.Path, ".site.spare")).Inode;
        Directory.Delete(output, recursive: true);
        File.AppendAllText(Path.Combine(content, "2024-01-17.md"), "\n- A line in another call\n");

        var build = Build(content, output, cacheFolder);

        Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics));
        Assert.Equal(spare, PathStatus.Of(output).Inode);
        AssertSameAsCleanBuild(temp, content, output, "the output deleted, built in its spare");
    }

    [Fact]
    public void AFailedBuildInARecycledFolderLeavesTheLiveSiteAsItWas()
    {
        using var temp = new TempFolder();
        var (content, output, cacheFolder, _) = Example(temp);
        var pagefind = new FakePagefind(Path.Combine(temp.Path, "tools"));
        Assert.True(Build(content, output, cacheFolder, search: true, pagefind: pagefind.Binary).Succeeded);
        // Kept whole: the site before last (now the spare) and the live one are the same inodes, index and all.
        var kept = Build(content, output, cacheFolder, search: true, pagefind: pagefind.Binary);
        Assert.StartsWith(Site.UnchangedSiteTests.KeptWhole, kept.Stages[0].Stage, StringComparison.Ordinal);
        var live = Snapshot(output);
        Assert.Contains(live.Keys, file => file.StartsWith("pagefind/", StringComparison.Ordinal));

        // A new call (its page, the lists, feeds, calendar and meetings.json written again) and an indexer that writes into
        // every file of an index it finds, then fails: the build stops after everything but the swap.
        File.WriteAllText(Path.Combine(content, "2024-03-06.md"), "# Community Call 2024-03-06\n\n## Attendees\n- Ada Lovelace\n\n## Notes\n- Merged #41\n");
        var failing = Path.Combine(temp.Path, "tools", "failing-pagefind");
        File.WriteAllText(failing, """
            #!/bin/sh
            while [ $# -gt 0 ]; do case "$1" in --site) site="$2"; shift 2;; *) shift;; esac; done
            find "$site" -path '*/pagefind/*' -type f -exec sh -c 'echo written-into >> "$1"' _ {} \;
            echo "indexer failed" >&2
            exit 1
            """.ReplaceLineEndings("\n"));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(failing, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var failed = Build(content, output, cacheFolder, search: true, pagefind: failing);

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Stages, s => s.Stage.StartsWith("rendered", StringComparison.Ordinal));
        var after = Snapshot(output);
        Assert.Equal(live.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(live, file => Assert.True(file.Value.SequenceEqual(after[file.Key]), $"{file.Key} of the live site was changed by a failed build"));
    }

    [Fact]
    public void LinksPlantedInTheSpareAreRemovedNeverFollowed()
    {
        using var temp = new TempFolder();
        var secret = temp.Write("outside/secret.txt", "keep me\n");
        var (content, output, cacheFolder) = BuiltTwice(temp);
        var spare = Path.Combine(temp.Path, ".site.spare");
        // The home page, a folder and a page of the spare made links out of it.
        File.Delete(Path.Combine(spare, "index.html"));
        File.CreateSymbolicLink(Path.Combine(spare, "index.html"), secret);
        Directory.Delete(Path.Combine(spare, "people"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(spare, "people"), Path.Combine(temp.Path, "outside"));
        File.CreateSymbolicLink(Path.Combine(spare, "calls", "planted.html"), secret);

        File.AppendAllText(Path.Combine(content, "2024-01-10.md"), "\n- And another\n");
        var build = Build(content, output, cacheFolder);

        Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics));
        Assert.Equal("keep me\n", File.ReadAllText(secret));
        Assert.Equal(["secret.txt"], Directory.GetFileSystemEntries(Path.Combine(temp.Path, "outside")).Select(Path.GetFileName));
        AssertSameAsCleanBuild(temp, content, output, "links planted in the spare");
    }

    [Fact]
    public void ASpareThatIsALinkIsRefused()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "outside"));
        var secret = temp.Write("outside/secret.txt", "keep me\n");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, ".site.spare"), Path.Combine(temp.Path, "outside"));

        var refused = Assert.ThrowsAny<IOException>(() => new StagingFolder(Path.Combine(temp.Path, "site")).Dispose());

        Assert.Contains("symbolic link", refused.Message, StringComparison.Ordinal);
        Assert.Equal("keep me\n", File.ReadAllText(secret));
    }

    /// <summary>The example built, a note edited, built again into the same folder: the first site is now the spare.</summary>
    private static (string Content, string Output, string Cache) BuiltTwice(TempFolder temp)
    {
        var (content, output, cacheFolder, _) = Example(temp);
        Assert.True(Build(content, output, cacheFolder).Succeeded);
        File.AppendAllText(Path.Combine(content, "2024-01-10.md"), "\n- One more line of notes\n");
        Assert.True(Build(content, output, cacheFolder).Succeeded);
        return (content, output, cacheFolder);
    }

    private static Dictionary<string, byte[]> Snapshot(string site) =>
        CachedBuilds.Files(site).ToDictionary(file => file, file => File.ReadAllBytes(Path.Combine(site, file)), StringComparer.Ordinal);
}
