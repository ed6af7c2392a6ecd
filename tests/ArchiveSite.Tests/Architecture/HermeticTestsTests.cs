using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Architecture;

/// <summary>Tests never read or write the user's cache: what a build or CLI caches by default lands in the run's own folder.</summary>
public sealed class HermeticTestsTests
{
    [Fact]
    public void TheDefaultCacheDuringTestsIsTheRunsOwnTemporaryFolder()
    {
        Assert.Equal(TestCache.Folder, Caching.CacheFolder.Default());
        Assert.StartsWith(Path.GetFullPath(Path.GetTempPath()), TestCache.Folder, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.Combine(".cache", "archive-site"), TestCache.Folder, StringComparison.Ordinal);
    }
}
