using ArchiveSite.Site;
using ArchiveSite.Files;

namespace ArchiveSite.Tests.Support;

/// <summary>Builds of the example content with a build cache of their own, and the checks the incremental tests make of them.</summary>
public static class CachedBuilds
{
    /// <summary>A copy of the example content in <paramref name="temp"/>, and options that build it into temp/site with the cache in temp/cache.</summary>
    public static (string Content, string Output, string Cache, BuildOptions Options) Example(TempFolder temp)
    {
        var (content, output, cache) = (Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"), Path.Combine(temp.Path, "cache"));
        SiteContent.CopyExample(content);
        return (content, output, cache, WithCache(new BuildOptions(content, output, Search: false), cache));
    }

    public static void AssertSameAsCleanBuild(TempFolder temp, string content, string output, string when)
    {
        var clean = Path.Combine(temp.Path, "clean");
        Assert.True(SiteBuilder.Build(WithCache(new BuildOptions(content, clean, Search: false), null)).Succeeded);
        AssertSameSite(clean, output, when);
    }

    /// <summary>The copy of the last site built into a new folder, which the cache keeps beside that folder's manifest.</summary>
    public static string SiteCopyIn(string cacheFolder) => Assert.Single(Directory.GetDirectories(Path.Combine(cacheFolder, "sites"), "*.pages"));

    /// <summary>A build as a new run of the CLI makes it: settings read afresh, what carries over is the cache on disk (none for null).</summary>
    public static BuildResult Build(string content, string output, string? cacheFolder, string? baseUrl = null, bool search = false, string? pagefind = null) =>
        SiteBuilder.Build(WithCache(new BuildOptions(content, output, baseUrl, search, Pagefind: pagefind), cacheFolder));

    /// <summary>The next build as <c>serve</c> makes it: the same cache object (what the last build kept in memory too), archive.yml read afresh.</summary>
    public static BuildOptions InOneProcess(BuildOptions options) => options with { Configuration = null };

    public static BuildOptions WithCache(BuildOptions options, string? cacheFolder)
    {
        var shared = SharedTemplates.With(options);
        return shared with { Cache = new BuildCache(cacheFolder, shared.Cache!.Templates) };
    }

    public static void AssertSameSite(string expected, string actual, string when)
    {
        var expectedFiles = Files(expected);
        var actualFiles = Files(actual);
        Assert.True(expectedFiles.SequenceEqual(actualFiles),
            $"{when}: files differ; only in the clean build: {string.Join(", ", expectedFiles.Except(actualFiles))}; only in the incremental one: {string.Join(", ", actualFiles.Except(expectedFiles))}");
        var (expectedFolders, actualFolders) = (Folders(expected), Folders(actual));
        Assert.True(expectedFolders.SequenceEqual(actualFolders),
            $"{when}: folders differ; only in the clean build: {string.Join(", ", expectedFolders.Except(actualFolders))}; only in the incremental one: {string.Join(", ", actualFolders.Except(expectedFolders))}");
        foreach (var file in expectedFiles)
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))),
                $"{when}: {file} differs from a clean build's");
    }

    public static List<string> Files(string site) =>
        Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();

    private static List<string> Folders(string site) =>
        Directory.EnumerateDirectories(site, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();

    public static Dictionary<string, ulong> Inodes(string site, string pattern = "*.html") =>
        Directory.EnumerateFiles(site, pattern, SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site, f).Replace('\\', '/'), f => PathStatus.Of(f).Inode, StringComparer.Ordinal);
}
