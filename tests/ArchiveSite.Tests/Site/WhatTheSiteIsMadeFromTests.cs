using ArchiveSite.Site;
using ArchiveSite.Tests.Support;
using static ArchiveSite.Tests.Site.UnchangedSiteTests;
using static ArchiveSite.Tests.Support.CachedBuilds;

namespace ArchiveSite.Tests.Site;

/// <summary>
/// Everything a site is made from, one change at a time: after any of them the last site is not kept whole, and the
/// site built is the one a clean build makes. (Apart from <see cref="UnchangedSiteTests"/> so that xunit runs the two
/// classes side by side.)
/// </summary>
public sealed class WhatTheSiteIsMadeFromTests
{
    [Theory]
    [InlineData("a note edited, its length kept")]
    [InlineData("a note added")]
    [InlineData("a note deleted")]
    [InlineData("a note renamed")]
    [InlineData("a note left out by archive.yml")]
    [InlineData("people.yml edited")]
    [InlineData("people.yml deleted")]
    [InlineData("refs.json edited")]
    [InlineData("refs.json deleted")]
    [InlineData("archive.yml edited")]
    [InlineData("another --base-url")]
    [InlineData("a page of the last site edited, its length kept")]
    [InlineData("a feed of the last site deleted")]
    public void AnyChangeToWhatTheSiteIsMadeFromMakesItAgain(string change)
    {
        using var temp = new TempFolder();
        var (content, output, cacheFolder, _) = Example(temp);
        Assert.True(Build(content, output, cacheFolder).Succeeded);

        var note = Path.Combine(content, "2024-01-10.md");
        string? baseUrl = null;
        switch (change)
        {
            case "a note edited, its length kept": Edit(note, "Weekly highlights", "Weekly Highlights"); break;
            case "a note added": File.WriteAllText(Path.Combine(content, "2024-03-06.md"), "# Example Community Call\n\n## 2024-03-06\n\n- Release plan\n"); break;
            case "a note deleted": File.Delete(note); break;
            case "a note renamed": File.Move(note, Path.Combine(content, "2024-01-11.md")); break;
            case "a note left out by archive.yml": File.AppendAllText(Path.Combine(content, "archive.yml"), "\nexclude: [2024-01-10.md]\n"); break;
            case "people.yml edited": Edit(Path.Combine(content, "people.yml"), "name: Ada Lovelace", "name: Ada King"); break;
            case "people.yml deleted": File.Delete(Path.Combine(content, "people.yml")); break;
            case "refs.json edited": Edit(Path.Combine(content, "refs.json"), "Gadget config is ignored when the widget starts first", "Gadget config is read last"); break;
            case "refs.json deleted": File.Delete(Path.Combine(content, "refs.json")); break;
            case "archive.yml edited": Edit(Path.Combine(content, "archive.yml"), "{ name: Community Call,", "{ name: Community Meeting,"); break;
            case "another --base-url": baseUrl = "https://minutes.example.org/"; break;
            case "a page of the last site edited, its length kept":
                var page = Path.Combine(output, "calls", "2024", "01", "17", "community-call", "index.html");
                File.WriteAllBytes(page, Enumerable.Repeat((byte)'x', (int)new FileInfo(page).Length).ToArray());
                break;
            case "a feed of the last site deleted": File.Delete(Path.Combine(output, "feed.xml")); break;
            default: throw new ArgumentOutOfRangeException(nameof(change));
        }

        // Options made again, as a new run makes them: the settings are read once per build.
        var rebuilt = Build(content, output, cacheFolder, baseUrl);

        Assert.True(rebuilt.Succeeded, $"{change}: {string.Join('\n', rebuilt.Diagnostics)}");
        Assert.DoesNotContain(rebuilt.Stages, s => s.Stage.StartsWith(KeptWhole, StringComparison.Ordinal));
        var clean = Path.Combine(temp.Path, "clean");
        Assert.True(Build(content, clean, null, baseUrl).Succeeded);
        AssertSameSite(clean, output, change);
    }

    [Fact]
    [Trait("Category", "Slow")] // compiles a theme twice
    public void AThemesAssetsAndTemplatesAreWhatTheSiteIsMadeFromToo()
    {
        using var temp = new TempFolder();
        var (content, output, cacheFolder, _) = Example(temp);
        var theme = ThemeCopy.OfDefault(temp);
        BuildOptions Options(string folder, string? cache) => WithCache(new BuildOptions(content, folder, Search: false, Theme: theme), cache);
        Assert.True(SiteBuilder.Build(Options(output, cacheFolder)).Succeeded);

        foreach (var (change, file, before, after) in new[]
        {
            ("an asset edited", Path.Combine(theme, "assets", "site.css"), "{", "{ "),
            ("a template edited", Path.Combine(theme, "templates", "_Layout.cshtml"), "<body", "<body data-edited"),
        })
        {
            Edit(file, before, after);
            var rebuilt = SiteBuilder.Build(Options(output, cacheFolder));
            Assert.True(rebuilt.Succeeded, $"{change}: {string.Join('\n', rebuilt.Diagnostics)}");
            Assert.DoesNotContain(rebuilt.Stages, s => s.Stage.StartsWith(KeptWhole, StringComparison.Ordinal));
            var clean = Path.Combine(temp.Path, "clean");
            Assert.True(SiteBuilder.Build(Options(clean, null)).Succeeded);
            AssertSameSite(clean, output, change);
        }
    }

    [Fact]
    [Trait("Category", "Slow")] // Pagefind
    public void ASiteKeptWholeKeepsPagefindsIndexAndSearchIsWhatItIsMadeFrom()
    {
        using var temp = new TempFolder();
        var (content, output, cacheFolder, _) = Example(temp);
        BuildResult BuildWith(bool search) => Build(content, output, cacheFolder, search: search);
        var index = Path.Combine(output, "pagefind", "pagefind.js");
        Assert.True(BuildWith(search: true).Succeeded);
        Assert.True(File.Exists(index));

        var indexFiles = Inodes(Path.Combine(output, "pagefind"), "*");
        Assert.True(indexFiles.Count > 3);

        var kept = BuildWith(search: true);
        Assert.True(kept.Succeeded);
        Assert.StartsWith(KeptWhole, kept.Stages[0].Stage, StringComparison.Ordinal);
        Assert.DoesNotContain(kept.Stages, s => s.Stage.StartsWith("indexed ", StringComparison.Ordinal));
        Assert.Equal(indexFiles, Inodes(Path.Combine(output, "pagefind"), "*"));

        // Pages link the search page only when there is one: without search, the site is another.
        var withoutSearch = BuildWith(search: false);
        Assert.True(withoutSearch.Succeeded);
        Assert.DoesNotContain(withoutSearch.Stages, s => s.Stage.StartsWith(KeptWhole, StringComparison.Ordinal));
        Assert.False(File.Exists(index));
        var clean = Path.Combine(temp.Path, "clean");
        Assert.True(Build(content, clean, null).Succeeded);
        AssertSameSite(clean, output, "search turned off");
    }

    [Theory]
    [InlineData("another version of Pagefind")]
    [InlineData("a file of the search index deleted")]
    [InlineData("a file of the search index edited, its length kept")]
    [InlineData("search turned off")]
    public void AnyChangeToWhatTheSearchIndexIsMadeFromMakesItAgain(string change)
    {
        using var temp = new TempFolder();
        var (content, output, cacheFolder, _) = Example(temp);
        var pagefind = new FakePagefind(Path.Combine(temp.Path, "tools"));
        var index = Path.Combine(output, "pagefind", "pagefind.js");
        Assert.True(Build(content, output, cacheFolder, search: true, pagefind: pagefind.Binary).Succeeded);
        var search = true;
        switch (change)
        {
            case "another version of Pagefind": pagefind.Upgrade(); break;
            case "a file of the search index deleted": File.Delete(Path.Combine(output, "pagefind", "fragment", "en_1.pf_fragment")); break;
            case "a file of the search index edited, its length kept": File.WriteAllText(index, File.ReadAllText(index).Replace("calls", "CALLS", StringComparison.Ordinal)); break;
            case "search turned off": search = false; break;
            default: throw new ArgumentOutOfRangeException(nameof(change));
        }

        var rebuilt = Build(content, output, cacheFolder, search: search, pagefind: pagefind.Binary);

        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        Assert.DoesNotContain(rebuilt.Stages, s => s.Stage.StartsWith(KeptWhole, StringComparison.Ordinal));
        Assert.Equal(search ? 2 : 1, pagefind.Runs);
        if (search)
        {
            Assert.StartsWith("export const calls = ", File.ReadAllText(index), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(output, "pagefind", "fragment", "en_1.pf_fragment")));
            // and the new index is what the next build keeps
            Assert.StartsWith(KeptWhole, Build(content, output, cacheFolder, search: true, pagefind: pagefind.Binary).Stages[0].Stage, StringComparison.Ordinal);
            Assert.Equal(2, pagefind.Runs);
        }
        else
        {
            Assert.False(Directory.Exists(Path.Combine(output, "pagefind")));
            AssertSameAsCleanBuild(temp, content, output, change);
        }
    }

    private static void Edit(string file, string before, string after)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(before, text, StringComparison.Ordinal);
        File.WriteAllText(file, ReplaceFirst(text, before, after));
    }

    private static string ReplaceFirst(string text, string before, string after)
    {
        var at = text.IndexOf(before, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), after, text.AsSpan(at + before.Length));
    }
}
