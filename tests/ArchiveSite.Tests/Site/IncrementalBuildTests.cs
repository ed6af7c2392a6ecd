using System.Globalization;
using ArchiveSite.Site;
using ArchiveSite.Urls;
using ArchiveSite.Tests.Support;
using static ArchiveSite.Tests.Support.CachedBuilds;

namespace ArchiveSite.Tests.Site;

/// <summary>
/// A build into the folder of the last one, with the build cache (parsed notes, what each page was made from),
/// renders only the pages whose inputs changed; whatever the edits, the site it leaves is byte for byte the one
/// a clean build without any cache makes. Random sequences of the edits people make (a new note, an edited
/// one, a deleted one, people.yml changed), checked after every step.
/// </summary>
public sealed class IncrementalBuildTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void EveryEditSequenceEndsWhereACleanBuildDoes(int seed) => EditSequence(seed, oneProcess: false);

    /// <param name="oneProcess">Every build with the one cache object, as <c>serve</c> builds (<see cref="OneProcessBuildTests"/>): the calls and call pages of the last build are in memory too.</param>
    internal static void EditSequence(int seed, bool oneProcess)
    {
        using var temp = new TempFolder();
        var (content, output, cacheFolder, options) = Example(temp);
        var edits = new RandomEdits(content, new Random(seed));
        var keptSomewhere = false;

        for (var step = 0; step <= 8; step++)
        {
            var what = step == 0 ? "first build" : edits.Next();
            // Every third build goes into a new folder, as CI's do on a fresh machine: the cache's copy of the last such site stands in for the old one.
            if (step % 3 == 2)
            {
                Directory.Delete(output, recursive: true);
                what += ", into a new folder";
            }
            var before = step == 0 ? [] : Directory.Exists(output) ? Inodes(output) : Inodes(SiteCopyIn(cacheFolder));
            // A new cache object each time, as each CLI run is a new process: what carries over is on disk.
            var incremental = SiteBuilder.Build(oneProcess ? InOneProcess(options) : WithCache(new BuildOptions(content, output, Search: false), cacheFolder));
            Assert.True(incremental.Succeeded, $"step {step} ({what}): {string.Join('\n', incremental.Diagnostics)}");
            var clean = Path.Combine(temp.Path, $"clean{step}");
            Assert.True(SiteBuilder.Build(WithCache(new BuildOptions(content, clean, Search: false), null)).Succeeded);

            AssertSameSite(clean, output, $"step {step} ({what})");
            keptSomewhere |= Inodes(output).Any(p => before.TryGetValue(p.Key, out var inode) && inode == p.Value);
            Directory.Delete(clean, recursive: true);
        }
        Assert.True(keptSomewhere, "no step kept a single page: the cache was not used");
    }

    /// <summary>
    /// A call's page kept from the last build must still change with everything it shows of other values: each edit
    /// below leaves the call's own note as it was and changes one such value.
    /// </summary>
    public static TheoryData<string, string, string, string> ValuesOfOthers()
    {
        (string What, string File, string Before, string After)[] edits =
        [
            ("a person's name", "people.yml", "name: Ada Lovelace", "name: Ada King"),
            // Tied with "Charles Babbage" on 17 January, first in ordinal order: the name the archive gives him.
            ("a name another call's roster writes", "2024-01-10.md", "- Charles Babbage\n", "- Charles B. Babbage ([@cbabbage](https://github.com/cbabbage))\n"),
            ("a series' name", "archive.yml", "{ name: Community Call,", "{ name: Community Meeting,"),
            ("a PR's title", "refs.json", "Gadget config is ignored when the widget starts first", "Gadget config is read last"),
            ("the repository bare numbers are in", "archive.yml", "default_repo: example/widget", "default_repo: example/gadget"),
            ("where the previous call lives", "2024-01-10.md", "## 2024-01-10", "## 2024-01-09"),
            ("where a linked note's call lives", "2024-02-01-office-hours.md", "Meeting 1st February 2024", "Meeting 2nd February 2024"),
            ("how many calls link a recording", "2024-02-01-office-hours.md", "Questions from users", "[Recording](https://video.example.org/all)\n\nQuestions from users"),
        ];
        return Edits(edits);
    }

    /// <summary>Edits as theory rows: what changes, in which file, the text before and after.</summary>
    private static TheoryData<string, string, string, string> Edits((string What, string File, string Before, string After)[] edits)
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (what, file, before, after) in edits) data.Add(what, file, before, after);
        return data;
    }

    [Theory]
    [MemberData(nameof(ValuesOfOthers))]
    public void ACallPageFollowsWhatItShowsOfOthers(string what, string file, string before, string after) =>
        FollowsWhatItShows(what, file, before, after, oneProcess: false);

    /// <summary>
    /// A person's page kept from the last build must still change with everything it shows of the calls: each edit
    /// below changes one such thing on Grace Hopper's page (a new note when <c>Before</c> is empty; with <c>First</c>, the
    /// note is written so before the first build).
    /// </summary>
    public static TheoryData<string, string, string, string, string?> CallsOfAPerson()
    {
        // A community call between the two she joined, which she missed.
        const string Missed = "---\ntitle: Example Community Call\nseries: community-call\n---\n\n## 2024-01-12\n\n**MC:** Alan Turing\n\n**Who joined**:\n\n- Alan Turing\n";
        (string What, string File, string Before, string After, string? First)[] edits =
        [
            ("a line they said", "2024-01-10.md", "startup time doubled", "startup time tripled", null),
            ("an action they were given", "2024-01-10.md", "Grace to profile the plugin loader", "Grace to profile the plugin loader and the parser", null),
            ("what the roster says of them", "2024-01-17.md", "- Grace Hopper ([@grace-h](https://github.com/grace-h))\n", "- Grace Hopper ([@grace-h](https://github.com/grace-h)), Example Corp\n", null),
            ("where the item they presented sits on its call's page", "2024-01-17.md", "- [Grace] Follow-up", "- Follow-up on widget#42 merged\n- [Grace] Follow-up", null),
            // Her longest run of calls in a row: one call, then two when the call between is cancelled (runs skip those).
            ("a call they missed", "2024-01-12.md", "", Missed, null),
            ("a call they missed, cancelled", "2024-01-12.md", "## 2024-01-12\n", "## 2024-01-12 (cancelled)\n", Missed),
        ];
        var data = new TheoryData<string, string, string, string, string?>();
        foreach (var (what, file, before, after, first) in edits) data.Add(what, file, before, after, first);
        return data;
    }

    [Theory]
    [MemberData(nameof(CallsOfAPerson))]
    public void APersonsPageFollowsWhatItShowsOfCalls(string what, string file, string before, string after, string? first) =>
        FollowsWhatItShows(what, file, before, after, oneProcess: false, GracesPage, first);

    /// <summary>A PR's page kept from the last build must still change with everything it shows: each edit below changes one such thing on widget#42's page.</summary>
    public static TheoryData<string, string, string, string> CallsOfAPullRequest()
    {
        (string What, string File, string Before, string After)[] edits =
        [
            ("its title on GitHub", "refs.json", "Lazy-load widget plugins", "Lazy-load the widget's plugins"),
            ("its author's name", "people.yml", "name: Grace Hopper", "name: Grace M. Hopper"),
            ("the line it came up in", "2024-01-10.md", "lazy-loading PR (#42) behind a flag", "lazy-loading PR (#42) behind a feature flag"),
            ("a call it came up in", "2024-01-17.md", "title: Example Community Call", "title: Example Community Meeting"),
        ];
        return Edits(edits);
    }

    [Theory]
    [MemberData(nameof(CallsOfAPullRequest))]
    public void APullRequestsPageFollowsWhatItShows(string what, string file, string before, string after) =>
        FollowsWhatItShows(what, file, before, after, oneProcess: false, PullRequestsPage);

    internal const string PullRequestsPage = "/refs/example/widget/42/";

    internal const string GracesPage = "/people/grace-h/";

    /// <param name="oneProcess">The rebuild with the first build's cache object (serve's: <see cref="OneProcessBuildTests"/>), not a new one (a new run of the CLI).</param>
    /// <param name="page">The site path of the page that must change; the call of 17 January's by default.</param>
    /// <param name="first">What <paramref name="file"/> holds before the first build, if it is a note of its own.</param>
    internal static void FollowsWhatItShows(string what, string file, string before, string after, bool oneProcess,
        string page = "/calls/2024/01/17/community-call/", string? first = null)
    {
        using var temp = new TempFolder();
        var (content, output, cacheFolder, options) = Example(temp);
        if (first is not null) File.WriteAllText(Path.Combine(content, file), first);
        // The call of 17 January links the office hours' note and a recording the office hours will link too.
        var linking = Path.Combine(content, "2024-01-17.md");
        File.AppendAllText(linking, "\n- See [the office hours](2024-02-01-office-hours.md); [Recording](https://video.example.org/all)\n");
        File.AppendAllText(Path.Combine(content, "2023-11-02-Core-Maintainers.md"), "\n[Recording](https://video.example.org/all)\n");
        Assert.True(SiteBuilder.Build(options).Succeeded);

        var path = Path.Combine(content, file);
        if (before.Length == 0)
        {
            Assert.False(File.Exists(path), $"{what}: {file} is to be a new note");
            File.WriteAllText(path, after);
        }
        else
        {
            var text = File.ReadAllText(path);
            Assert.Contains(before, text, StringComparison.Ordinal);
            File.WriteAllText(path, text.Replace(before, after, StringComparison.Ordinal));
        }
        var shown = Path.Combine(output, SitePaths.FileFor(page));
        var old = File.ReadAllText(shown);
        // Options made again, as a new run makes them: the settings are read once per build.
        var rebuilt = SiteBuilder.Build(oneProcess ? InOneProcess(options) : WithCache(new BuildOptions(content, output, Search: false), cacheFolder));

        Assert.True(rebuilt.Succeeded, $"{what}: {string.Join('\n', rebuilt.Diagnostics)}");
        AssertSameAsCleanBuild(temp, content, output, what);
        Assert.NotEqual(old, File.ReadAllText(shown));
    }

    [Theory]
    [InlineData("2024-03-06.m%64")]
    [InlineData("2024-03-06&#46;md")]
    [InlineData("./2024-03-06%2Emd")]
    public void ALinkToANoteSpelledWithEscapesFollowsItsTargetWithTheCache(string address)
    {
        // The page fingerprint held the list of notes only when the Markdown said ".md" or "%2e": adding the target
        // kept the old page (no link), and deleting it failed every cached build with a broken internal link.
        using var temp = new TempFolder();
        var (content, output, _, options) = Example(temp);
        File.AppendAllText(Path.Combine(content, "2024-01-10.md"), $"\n- See [the March call]({address})\n");
        var target = Path.Combine(content, "2024-03-06.md");

        foreach (var step in new[] { "before the note exists", "the note added", "the note deleted" })
        {
            if (step == "the note added") File.WriteAllText(target, "# Example Community Call\n\n## 2024-03-06\n\n- Release plan\n");
            if (step == "the note deleted") File.Delete(target);
            var incremental = SiteBuilder.Build(options);
            Assert.True(incremental.Succeeded, $"{step}: {string.Join('\n', incremental.Diagnostics)}");
            var clean = Path.Combine(temp.Path, "clean");
            Assert.True(SiteBuilder.Build(WithCache(new BuildOptions(content, clean, Search: false), null)).Succeeded);
            AssertSameSite(clean, output, step);
            Directory.Delete(clean, recursive: true);
        }
    }

    [Fact]
    public void SnippetsWithEmojiMarksAndRightToLeftTextBuildTheSameWithTheCache()
    {
        // A 240-character snippet cut an emoji's surrogate pair in half: the cached parse (through JSON) then
        // differed from a fresh one, and meetings.json from a clean build's.
        using var temp = new TempFolder();
        var (content, output, _, options) = Example(temp);
        for (var shift = 0; shift < 5; shift++)
        {
            var text = new string('x', shift) + string.Concat(Enumerable.Repeat("👍🏽 e\u0301 שלום 🇳🇿 ", 40));
            File.AppendAllText(Path.Combine(content, "2024-01-10.md"), $"\n- {text} widget#42 {text}\n");
        }

        SiteBuilder.Build(options);
        var cached = SiteBuilder.Build(options);
        var clean = Path.Combine(temp.Path, "clean");
        Assert.True(cached.Succeeded && SiteBuilder.Build(WithCache(new BuildOptions(content, clean, Search: false), null)).Succeeded);

        AssertSameSite(clean, output, "rebuilt with the cache");
        var export = File.ReadAllText(Path.Combine(output, "meetings.json"));
        Assert.DoesNotContain("\\uD83D\"", export, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\uFFFD', export);
    }

    [Fact]
    public void AnUnchangedRebuildRendersNothing()
    {
        using var temp = new TempFolder();
        // The page layer: without this, the whole site is kept before any page is looked at (UnchangedSiteTests).
        var options = Example(temp).Options with { KeepUnchangedSite = false };
        var first = SiteBuilder.Build(options);
        var files = Inodes(options.Output, "*");
        var second = SiteBuilder.Build(options);
        Assert.True(first.Succeeded && second.Succeeded);
        // Every file kept, not only the pages (assets, feeds, sitemap, the marker): uploaders that go by time send nothing.
        Assert.Equal(files, Inodes(options.Output, "*"));
        Assert.Contains(second.Stages, s => s.Stage == $"rendered 0 pages, kept {first.Pages} unchanged");
        Assert.Contains(second.Stages, s => s.Stage.StartsWith($"read {second.Notes} notes (0 parsed, the rest from the cache)", StringComparison.Ordinal));
        // Every feed (the site's, and each follow feed beside a page) and series calendar kept too, none written again.
        var generated = Directory.EnumerateFiles(options.Output, "*", SearchOption.AllDirectories)
            .Count(f => f.EndsWith(".ics", StringComparison.Ordinal) || f.EndsWith("feed.xml", StringComparison.Ordinal));
        Assert.True(generated > 10, $"only {generated} follow feeds and calendars");
        Assert.Contains(second.Stages, s => s.Stage == $"wrote feed, follow feeds, calendars, sitemap and robots.txt, meetings.json, kept {generated} unchanged");
    }

    [Fact]
    public void ANewCallRendersOnlyThePagesThatShowIt()
    {
        // The call lists of every other year and series show the years, not how many calls each has: a new call in a
        // year the archive has must not render them again to the same bytes.
        using var temp = new TempFolder();
        var (content, output, cacheFolder, _) = Example(temp);
        Assert.True(Build(content, output, cacheFolder).Succeeded);
        var before = Inodes(output);
        File.WriteAllText(Path.Combine(content, "2024-01-24.md"), "# Example Community Call\n\n## 2024-01-24\n\n- Release plan\n");

        var next = Build(content, output, cacheFolder);

        Assert.True(next.Succeeded);
        var after = Inodes(output);
        var changed = after.Count(page => !before.TryGetValue(page.Key, out var inode) || inode != page.Value);
        var rendered = next.Stages.Select(s => System.Text.RegularExpressions.Regex.Match(s.Stage, @"^rendered (\d+) pages")).Single(m => m.Success);
        Assert.Equal(changed, int.Parse(rendered.Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Equal(before["calls/2023/index.html"], after["calls/2023/index.html"]);
    }

    [Fact]
    public void ABuildIntoANewFolderTakesThePagesTheCacheKept()
    {
        // CI: a fresh machine, the cache restored, the output folder not there yet.
        using var temp = new TempFolder();
        var (content, output, cacheFolder, options) = Example(temp);
        var first = BuildTwiceIntoANewFolder(options);

        // A kept copy changed by anything but a build is not trusted: that page is rendered again.
        Directory.Delete(output, recursive: true);
        var copied = Path.Combine(SiteCopyIn(cacheFolder), "calls", "2024", "01", "17", "community-call", "index.html");
        File.WriteAllBytes(copied, Enumerable.Repeat((byte)'x', (int)new FileInfo(copied).Length).ToArray());
        var third = SiteBuilder.Build(options);
        Assert.True(third.Succeeded);
        Assert.Contains(third.Stages, s => s.Stage == $"rendered 1 pages, kept {first.Pages - 1} unchanged");
        AssertSameAsCleanBuild(temp, content, output, "built from the cache's copy");
    }

    [Fact]
    public void TheCacheKeepsCopiesOfAFewOutputFoldersOnly()
    {
        // Builds into ever new folders (a script's temporary ones) must not fill the cache with copies of the site.
        using var temp = new TempFolder();
        var (content, _, cacheFolder, _) = Example(temp);
        for (var i = 0; i < Output.SiteCopy.MostKept + 2; i++)
            Assert.True(SiteBuilder.Build(WithCache(new BuildOptions(content, Path.Combine(temp.Path, $"out{i}"), Search: false), cacheFolder)).Succeeded);

        var kept = Directory.GetDirectories(Path.Combine(cacheFolder, "sites"), "*.pages");
        Assert.Equal(Output.SiteCopy.MostKept, kept.Length);
        var latest = Path.Combine(temp.Path, $"out{Output.SiteCopy.MostKept + 1}");
        Directory.Delete(latest, recursive: true);
        var again = SiteBuilder.Build(WithCache(new BuildOptions(content, latest, Search: false, KeepUnchangedSite: false), cacheFolder));
        Assert.Contains(again.Stages, s => s.Stage == $"rendered 0 pages, kept {again.Pages} unchanged");
    }

    [Fact]
    public void ASiteOnAnotherFileSystemIsKeptAsACopy()
    {
        // The site in memory (/dev/shm, as bench/run.sh builds), the cache on disk: no hard link can join them.
        using var temp = new TempFolder();
        var (content, _, cacheFolder, _) = Example(temp);
        var output = Path.Combine("/dev/shm", $"archive-site-test-{Guid.NewGuid():N}");
        try
        {
            BuildTwiceIntoANewFolder(WithCache(new BuildOptions(content, output, Search: false), cacheFolder));
            AssertSameAsCleanBuild(temp, content, output, "copied from another file system");
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void APageWrittenSinceTheLastBuildIsRenderedAgain()
    {
        // serve redraws an edited call's page straight into the site; a hand edit does the same: the next build
        // must not keep such a file because its inputs look unchanged, even when it has the old length.
        using var temp = new TempFolder();
        var (_, output, _, options) = Example(temp);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var page = Path.Combine(output, "calls", "2024", "01", "17", "community-call", "index.html");
        var original = File.ReadAllBytes(page);
        File.WriteAllBytes(page, Enumerable.Repeat((byte)'x', original.Length).ToArray());

        Assert.True(SiteBuilder.Build(options).Succeeded);
        Assert.Equal(original, File.ReadAllBytes(page));
    }

    [Fact]
    public void ADamagedCacheIsIgnoredWithAWarning()
    {
        using var temp = new TempFolder();
        var (content, output, cacheFolder, options) = Example(temp);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        foreach (var file in Directory.EnumerateFiles(cacheFolder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".dll", StringComparison.Ordinal)))
            File.WriteAllBytes(file, File.ReadAllBytes(file)[..(int)(new FileInfo(file).Length / 2)]);

        var rebuilt = SiteBuilder.Build(WithCache(options, cacheFolder));
        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        Assert.Contains(rebuilt.Diagnostics, d => d.Message.StartsWith("ignored the build cache file", StringComparison.Ordinal));
        AssertSameAsCleanBuild(temp, content, output, "after a damaged cache");
    }

    /// <summary>Builds, removes the output folder, and builds again: every page must come from the cache's copy (the page layer: the site not kept whole).</summary>
    private static BuildResult BuildTwiceIntoANewFolder(BuildOptions options)
    {
        var first = SiteBuilder.Build(options);
        Assert.True(first.Succeeded);
        Directory.Delete(options.Output, recursive: true);

        var again = SiteBuilder.Build(options with { KeepUnchangedSite = false });
        Assert.True(again.Succeeded, string.Join('\n', again.Diagnostics));
        Assert.Contains(again.Stages, s => s.Stage == $"rendered 0 pages, kept {first.Pages} unchanged");
        return first;
    }

    /// <summary>The edits people make to a notes folder, drawn at random.</summary>
    private sealed class RandomEdits(string content, Random random)
    {
        private static readonly string[] Handles = ["ada-l", "grace-h", "cbabbage", "alan-t", "newcomer"];
        private static readonly string[] Refs = ["widget#42", "widget#7", "example/gadget#3", "example/gadget#9", "acme/tools#1"];
        private int _people;

        public string Next()
        {
            var notes = Directory.GetFiles(content, "*.md").Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            switch (random.Next(notes.Count > 3 ? 10 : 2))
            {
                case 8:
                    // Words only: what every call reads of the others stays the same.
                    var worded = notes[random.Next(notes.Count)];
                    File.AppendAllText(worded, $"\nThe {Pick(["release", "roadmap", "survey"])} was discussed at length.\n");
                    return $"wrote prose in {Path.GetFileName(worded)}";
                case 9:
                    // Another spelling of someone in a roster: the name every call shows them by may change.
                    var renamed = notes[random.Next(notes.Count)];
                    var text = File.ReadAllText(renamed);
                    var handle = Pick(Handles);
                    var roster = text.IndexOf("**Who joined**", StringComparison.Ordinal);
                    if (roster < 0) return $"found no roster in {Path.GetFileName(renamed)}";
                    var line = text.IndexOf('\n', roster) + 1;
                    File.WriteAllText(renamed, text.Insert(line, $"\n- {Pick(["Ann", "Bo", "Cy"])} {handle} ([@{handle}](https://github.com/{handle}))\n"));
                    return $"spelled {handle} otherwise in {Path.GetFileName(renamed)}";
                case 0:
                    var date = RandomDate();
                    var name = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".md";
                    File.WriteAllText(Path.Combine(content, name), Note(date, notes));
                    return $"wrote {name}";
                case 1:
                    var edited = notes[random.Next(notes.Count)];
                    File.AppendAllText(edited, $"\n- [{Pick(Handles)}] Follow-up on {Pick(Refs)} and {Pick(Refs)}\n");
                    return $"edited {Path.GetFileName(edited)}";
                case 2:
                    var deleted = notes[random.Next(notes.Count)];
                    File.Delete(deleted);
                    return $"deleted {Path.GetFileName(deleted)}";
                case 3:
                    // A link to a note that may come or go later, spelled with an escape the resolver undoes.
                    var linking = notes[random.Next(notes.Count)];
                    var target = RandomDate().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    File.AppendAllText(linking, $"\n- See [that call]({target}{Pick([".m%64", "&#46;md", "%2Emd", ".md"])})\n");
                    return $"linked {Path.GetFileName(linking)} to {target}";
                case 4:
                    var minuted = notes[random.Next(notes.Count)];
                    File.AppendAllText(minuted, random.Next(2) == 0
                        ? $"\n## Decisions\n\n- Decision: ship {Pick(Refs)} in the next release\n"
                        : $"\n## Action items\n\n- [{(random.Next(2) == 0 ? " " : "x")}] {Pick(Handles)} to review {Pick(Refs)}\n");
                    return $"minuted {Path.GetFileName(minuted)}";
                case 5:
                    var settings = Path.Combine(content, "archive.yml");
                    File.WriteAllText(settings, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(settings), "(?m)^title: .*$",
                        $"title: Example Archive {random.Next(100)}"));
                    return "changed archive.yml's title";
                case 6:
                    var refs = Path.Combine(content, "refs.json");
                    var state = Pick(["\"open\"", "\"closed\"", "\"merged\""]);
                    File.WriteAllText(refs, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(refs), "\"state\": \"(open|closed|merged)\"",
                        m => random.Next(3) == 0 ? $"\"state\": {state}" : m.Value));
                    return "changed refs.json";
                default:
                    _people++;
                    File.AppendAllText(Path.Combine(content, "people.yml"),
                        random.Next(2) == 0
                            ? $"newcomer:\n  name: New Comer {_people}\n  aliases: [Newbie{_people}]\n".Replace("newcomer:", $"newcomer{(_people > 1 ? _people : "")}:", StringComparison.Ordinal)
                            : $"cbabbage{_people}:\n  name: Charles Babbage {_people}\n");
                    return "changed people.yml";
            }
        }

        private DateOnly RandomDate() => new DateOnly(2024, 3, 1).AddDays(7 * random.Next(0, 40));

        private string Note(DateOnly date, List<string> notes)
        {
            var attendees = Handles.Where(_ => random.Next(2) == 0).Select(h => $"- {h} ([@{h}](https://github.com/{h}))");
            var link = notes.Count > 0 ? $"\n- See [the last call]({Path.GetFileName(notes[random.Next(notes.Count)])})\n" : "";
            return $"""
                ---
                title: Example Community Call
                series: community-call
                ---

                ## {date:yyyy-MM-dd}

                **MC:** {Pick(Handles)}

                **Who joined**:

                {string.Join('\n', attendees)}

                ### Agenda

                - [{Pick(Handles)}] Discussed {Pick(Refs)}
                - [{Pick(Handles)}] Release plan
                {link}
                """;
        }

        private string Pick(string[] items) => items[random.Next(items.Length)];
    }
}
