using ArchiveSite.Configuration;
using ArchiveSite.Export;
using ArchiveSite.Site;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>
/// Commands that read the archive without building it (<c>export</c>, <c>check --list</c>, <c>refs sync</c>, <c>new</c>) load the notes through
/// the build cache: a note unchanged since the cache saw it is not parsed again, and the archive is the same as one
/// read afresh.
/// </summary>
public sealed class BuildCacheLoadTests
{
    [Fact]
    public void ASecondLoadParsesOnlyTheNoteThatChangedAndReadsTheSameArchive()
    {
        using var content = new TempFolder();
        using var cacheFolder = new TempFolder();
        content.Write("2024-01-10.md", "# Widget call 2024-01-10\n\n## Attendees\n\n- Alice Archer\n\n## Notes\n\n- Alice: the release is out (widget/tools#7)\n");
        content.Write("2024-01-17.md", "# Widget call 2024-01-17\n\n## Attendees\n\n- Bob Baker\n");

        var first = new BuildCache(cacheFolder.Path).Load(SiteConfiguration.Read(content.Path));
        content.Write("2024-01-17.md", "# Widget call 2024-01-17\n\n## Attendees\n\n- Bob Baker\n- Alice Archer\n");
        // A new process: a new cache object over the same folder.
        var second = new BuildCache(cacheFolder.Path).Load(SiteConfiguration.Read(content.Path));

        Assert.Equal((2, 2), (first.NoteCount, first.Parsed));
        Assert.Equal((2, 1), (second.NoteCount, second.Parsed));
        Assert.Empty(second.Diagnostics);
        Assert.Equal(ArchiveJson.Serialize(ArchiveLoader.Load(content.Path).Archive), ArchiveJson.Serialize(second.Archive));
        Assert.Equal(["alice-archer", "bob-baker"], second.Archive.Meetings[1].Attendees.Order(StringComparer.Ordinal));
    }
}
