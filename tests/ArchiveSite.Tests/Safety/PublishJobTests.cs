using System.Text;
using ArchiveSite.Caching;
using ArchiveSite.Cli.Commands;
using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.Files;
using ArchiveSite.GitHub;
using ArchiveSite.Loading;
using ArchiveSite.Output;
using ArchiveSite.Refs;
using ArchiveSite.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Tests.Safety;

/// <summary>
/// A merged note is input to a job that holds a write token. What a pull request can put in the notes folder
/// (links named like the files the tool writes, note titles, file names, refs.json) stays data: nothing is
/// written through a link, no setting is injected, no log line becomes a runner command, no address leaves
/// GitHub, and damaged cache files are ignored rather than fatal. The second adversarial round's findings.
/// </summary>
public sealed class PublishJobTests
{
    [Fact]
    public void RefsSyncNeverWritesThroughALinkPlantedAsItsTemporaryFile()
    {
        // The critical finding: refs.json.tmp -> ../action/run.sh, and refs sync wrote the script the job was running.
        using var temp = new TempFolder();
        var script = temp.Write("action/run.sh", "echo publishing\n");
        var notes = Path.Combine(temp.Path, "notes");
        Directory.CreateDirectory(notes);
        File.CreateSymbolicLink(Path.Combine(notes, "refs.json.tmp"), "../action/run.sh");

        RefsFile.Write(Path.Combine(notes, RefsFile.FileName), RefsCache.Empty);

        Assert.Equal("echo publishing\n", File.ReadAllText(script));
        Assert.Equal(PathKind.File, PathStatus.Of(Path.Combine(notes, RefsFile.FileName)).Kind);
        Assert.DoesNotContain(Directory.GetFiles(notes, "*.tmp"), f => PathStatus.Of(f).Kind != PathKind.Link);
    }

    [Fact]
    public void ALinkOfAnyNameInTheNotesFolderIsAnError()
    {
        using var temp = new TempFolder();
        temp.Write("2024-01-10.md", SampleNote.OneCall);
        temp.Write("outside.txt", "x");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "refs.json.tmp"), "outside.txt");
        Directory.CreateDirectory(Path.Combine(temp.Path, ".github"));
        File.CreateSymbolicLink(Path.Combine(temp.Path, ".github", "workflow.yml"), "../outside.txt");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "_site.lock"), "outside.txt");
        var diagnostics = new DiagnosticBag();

        var notes = new ContentFolder(temp.Path).Notes(diagnostics);

        Assert.Equal(["2024-01-10.md"], notes);
        var errors = diagnostics.Sorted().Where(d => d.Severity == Severity.Error).Select(d => d.File).ToList();
        Assert.Equal([".github/workflow.yml", "_site.lock", "refs.json.tmp"], errors);
        Assert.Contains("is a symbolic link; the notes folder holds none", diagnostics.Sorted()[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALockFileLinkIsRefusedAndWhatItPointsAtIsUntouched()
    {
        // `._site.lock -> somefile` committed beside an output inside the repository: opened with OpenOrCreate, it was truncated.
        using var temp = new TempFolder();
        var victim = temp.Write("victim.txt", "keep me\n");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "._site.lock"), victim);

        var refused = Assert.ThrowsAny<IOException>(() => new StagingFolder(Path.Combine(temp.Path, "_site")).Dispose());

        Assert.Contains("symbolic link", refused.Message, StringComparison.Ordinal);
        Assert.Equal("keep me\n", File.ReadAllText(victim));
    }

    [Fact]
    public void ALockFileOpensOnlyAsARegularFile()
    {
        using var temp = new TempFolder();
        var victim = temp.Write("victim.txt", "keep me\n");
        var link = Path.Combine(temp.Path, "lock");
        File.CreateSymbolicLink(link, victim);

        Assert.ThrowsAny<IOException>(() => Files.SafeFile.OpenLockFile(link).Dispose());
        Assert.ThrowsAny<IOException>(() => Files.SafeFile.OpenRead(link).Dispose());
        Assert.Equal("keep me\n", File.ReadAllText(victim));
    }

    [Fact]
    public void InitWritesNoteTextOnlyAsQuotedValuesAndCommentsOnOneLine()
    {
        // YamlDotNet ends a line at U+2028, U+2029 and U+0085: a title carrying one wrote `theme: .assets` into archive.yml.
        using var temp = new TempFolder();
        foreach (var (date, breaker) in new[] { ("2024-01-10", '\u2028'), ("2024-01-17", '\u2029'), ("2024-01-24", '\u0085') })
            temp.Write($"{date}.md", $"# Widget Sync{breaker}theme: .assets #- {date}\n\n## Attendees\n- Ada Lovelace ([@ada-l](https://github.com/ada-l))\n- [Ada{breaker}theme: x](https://github.com/widget/core/pull/1)\n");
        var settingsFolder = Directory.CreateTempSubdirectory("archive-site-test-settings-");
        try
        {
            var loaded = ArchiveLoader.Load(new SiteConfiguration(new ContentFolder(temp.Path), SiteSettings.Default, [], new ContentFolder(settingsFolder.FullName)));
            var files = global::ArchiveSite.Authoring.StarterSettings.Write(loaded.Archive, loaded.NoteCount, []);

            foreach (var (text, allowed) in new[] { (files.ArchiveYml, new[] { "title", "github", "series" }), (files.PeopleYml, Array.Empty<string>()) })
            {
                Assert.DoesNotContain(text, c => c is '\u2028' or '\u2029' or '\u0085');
                var yaml = new YamlStream();
                yaml.Load(new StringReader(text));
                var keys = yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode map
                    ? [] : map.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();
                Assert.All(keys, k => Assert.Contains(k, allowed));
            }
            var written = SiteSettingsLoader.Parse(files.ArchiveYml, new DiagnosticBag());
            Assert.Null(written.Theme);
        }
        finally
        {
            settingsFolder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("file\n::add-mask::secret")]
    [InlineData("note ##[stop-commands]token")]
    [InlineData("  ::error::boom")]
    [InlineData("\u2028::set-output name=x::y\r\u0085")]
    public void EveryConsoleLineIsEscapedForTheRunner(string text)
    {
        var escaped = ConsoleLines.Escape(text);

        Assert.DoesNotContain(escaped, c => c is '\n' or '\r' or '\u2028' or '\u0085');
        Assert.DoesNotContain("##[", escaped, StringComparison.Ordinal);
        Assert.False(escaped.TrimStart().StartsWith("::", StringComparison.Ordinal), escaped);
    }

    [Fact]
    public void TheEscapingWriterKeepsEveryLineOneLine()
    {
        var output = new StringWriter();
        var lines = new ConsoleLines(output);

        lines.WriteLine("a.md\n::add-mask::x: error: no date");
        lines.Write("::warning::");
        lines.WriteLine("y");

        Assert.Equal(["a.md\\n::add-mask::x: error: no date", ": :warning::y", ""], output.ToString().Split(Environment.NewLine));
    }

    [Fact]
    public void JobSummaryCellsShowNoteTextAsText()
    {
        var cell = JobSummary.Cell("**bold** [link](https://evil.example) ![img](x.png) <img src=x onerror=alert(1)> a|b\nc");

        Assert.DoesNotContain("<img", cell, StringComparison.Ordinal);
        Assert.DoesNotContain("**", cell, StringComparison.Ordinal);
        Assert.DoesNotContain("](", cell, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', cell);
        Assert.Contains("\\|", cell, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void CheckPrintsAFileNameWithARunnerCommandInItAsOneEscapedLine()
    {
        using var temp = new TempFolder();
        temp.Write("2024-01-10.md", SampleNote.OneCall);
        // Undatable, so check names it in an error; its name and title carry runner commands.
        temp.Write("notes\n::add-mask::leak\n.md", "# Sync ##[error]boom\n\nNo date anywhere.\n");

        var check = CliRunner.Run("check", "--content", temp.Path);

        Assert.Equal(1, check.ExitCode);
        var lines = (check.StdOut + check.StdErr).Split('\n');
        Assert.Contains(lines, l => l.Contains("::add-mask::leak", StringComparison.Ordinal)); // shown, as part of a line
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("::add-mask", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("##[", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://evil.example/acme/widgets/pull/1")]
    [InlineData("https://github.com.evil.example/acme/widgets/pull/1")]
    public void RefsJsonAddressesAreAcceptedOnlyOnGitHub(string url)
    {
        var json = $$"""{ "version": 1, "references": { "acme/widgets#1": { "kind": "pull", "state": "open", "title": "T", "url": "{{url}}" } } }""";
        var diagnostics = new DiagnosticBag();

        var cache = RefsFile.Parse(RefsFile.FileName, Encoding.UTF8.GetBytes(json), diagnostics);

        Assert.Empty(cache.References);
        Assert.Contains(diagnostics.Sorted(), d => d.Severity == Severity.Error && d.Message.Contains("\"url\" should be the https address", StringComparison.Ordinal));
    }

    [Fact]
    public void AGitHubEnterpriseHostIsAcceptedWhenArchiveYmlNamesIt()
    {
        var json = """{ "version": 1, "references": { "acme/widgets#1": { "kind": "pull", "state": "open", "title": "T", "url": "https://github.example.com/acme/widgets/pull/1" } } }""";
        var diagnostics = new DiagnosticBag();
        var settings = SiteSettingsLoader.Parse("github:\n  host: github.example.com\n", diagnostics);

        var cache = RefsFile.Parse(RefsFile.FileName, Encoding.UTF8.GetBytes(json), diagnostics, settings.GitHubHost);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("https://github.example.com/acme/widgets/pull/1", Assert.Single(cache.References).Value.Url);
    }

    [Theory]
    [InlineData("https://api.github.com/x", "http://api.github.com/x", false)]
    [InlineData("https://api.github.com/x", "https://api.github.com:8443/x", false)]
    [InlineData("https://api.github.com/x", "https://evil.example/x", false)]
    [InlineData("https://api.github.com/", "https://API.github.com/repos/a/b/issues?page=2", true)]
    public void TheTokensOriginIsSchemeHostAndPort(string api, string request, bool same) =>
        Assert.Equal(same, OriginGuard.SameOrigin(new Uri(api), new Uri(request)));

    [Theory]
    [InlineData(0x7fffffff)]
    [InlineData(-5)]
    [InlineData(1 << 30)]
    public void ACacheEntryWithAnImpossibleLengthIsIgnoredWithAWarning(int length)
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "notes.bin");
        CacheStore.WriteEntries(file, "notes", [("a.md", new byte[] { 1, 2, 3 }, new byte[] { 4, 5, 6 })], new List<string>());
        var bytes = File.ReadAllBytes(file);
        // The hash's length field follows the key "a.md" (5 bytes with its 7-bit length).
        var at = IndexOf(bytes, "a.md"u8) + 4;
        BitConverter.GetBytes(length).CopyTo(bytes, at);
        File.WriteAllBytes(file, bytes);
        var warnings = new List<string>();

        var entries = CacheStore.ReadEntries(file, "notes", warnings).ToList();

        Assert.Empty(entries);
        Assert.Contains("ignored the build cache file", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void SnippetsAreCutBetweenWhatReadersSeeAsCharacters()
    {
        // A 240-character window cut an emoji's surrogate pair: half a character, which no UTF-8 file (the cache,
        // the export, the pages) can hold, so a cached build and a clean one disagreed.
        for (var shift = 0; shift < 18; shift++)
        {
            var text = new string('x', shift) + string.Concat(Enumerable.Repeat("👍🏽 e\u0301 שלום 🇳🇿 ", 40));
            var (meetings, _) = Notes.Parse($"# Call\n\n## 2024-01-10\n\n- {text} widget/core#42 {text}\n");

            var snippet = Assert.Single(Assert.Single(meetings).References).Snippet;

            Assert.Equal(snippet, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(snippet)));
            Assert.False(snippet.TrimEnd('…').EndsWith('e'), $"shift {shift}: a combining accent was cut from its letter");
            Assert.DoesNotContain("\U0001F44D…", snippet, StringComparison.Ordinal); // a thumb without its skin tone
        }
    }

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle);
}
