using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>
/// A rebuild into the same folder writes only the pages whose bytes changed: the others keep their files
/// (inode and time), so an upload that goes by time and size sends only what changed, and the site is still
/// byte for byte what a clean build makes.
/// </summary>
public sealed class UnchangedPagesTests
{
    [Fact]
    public void ANewNoteRewritesOnlyThePagesItChanges()
    {
        using var temp = new TempFolder();
        var content = Path.Combine(temp.Path, "content");
        SiteContent.CopyExample(content);
        var output = Path.Combine(temp.Path, "site");
        Assert.True(BuiltSite.Build(content, output).Result.Succeeded);
        var before = CachedBuilds.Inodes(output);

        File.WriteAllText(Path.Combine(content, "2024-02-21.md"), "# Community call 2024-02-21\n\n## Attendees\n- Ada Lovelace ([@ada-l](https://github.com/ada-l))\n\n## Agenda\n- Release 1.3 planning\n");
        var rebuilt = BuiltSite.Build(content, output);
        Assert.True(rebuilt.Result.Succeeded, rebuilt.Errors());
        var after = CachedBuilds.Inodes(output);

        var kept = after.Where(p => before.TryGetValue(p.Key, out var inode) && inode == p.Value).Select(p => p.Key).ToList();
        var rewritten = after.Keys.Except(kept).ToList();
        // The oldest call's page does not mention the new call; the home page, the lists and Ada's page do.
        Assert.Contains("calls/2023/11/02/core-maintainers/index.html", kept);
        Assert.Contains("index.html", rewritten);
        Assert.Contains("calls/2024/02/21/community-call/index.html", rewritten);
        Assert.True(kept.Count > rewritten.Count, $"{kept.Count} kept, {rewritten.Count} rewritten");

        // And the result is exactly a clean build's.
        var clean = Path.Combine(temp.Path, "clean");
        Assert.True(BuiltSite.Build(content, clean).Result.Succeeded);
        foreach (var page in after.Keys)
            Assert.True(File.ReadAllBytes(Path.Combine(output, page)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(clean, page))), page);
        Assert.Equal(after.Count, Directory.GetFiles(clean, "*.html", SearchOption.AllDirectories).Length);
    }
}
