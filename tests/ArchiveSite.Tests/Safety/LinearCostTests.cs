using System.Text;
using ArchiveSite.Diagnostics;
using ArchiveSite.Loading;
using ArchiveSite.Parsing;
using ArchiveSite.Resolution;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Safety;

/// <summary>
/// Every input costs time linear in its size. Inputs that cost minutes when some step was quadratic; the
/// guards are hang guards (generous, for a loaded CI machine), not speed goals: those live in bench/.
/// </summary>
public sealed class LinearCostTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    private static T Within<T>(Func<T> work)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(Guard), $"did not finish within {Guard.TotalSeconds} s");
        return task.Result;
    }

    [Fact]
    [Trait("Category", "Slow")] // inputs big enough to tell linear from quadratic take seconds: the full suite runs it
    public void AParagraphOfAHundredThousandReferencesReadsInLinearTime()
    {
        // One snippet per reference used to re-read the whole paragraph: 25,000 took 24 s, this many ~7 minutes.
        var note = "# Call\n\n## 2024-01-10\n\n" + string.Concat(Enumerable.Repeat("#1 ", 100_000)) + "\n";

        var (meetings, diagnostics) = Within(() => Notes.Parse(note));

        Assert.Empty(diagnostics);
        Assert.Equal(100_000, Assert.Single(meetings).References.Count);
    }

    [Fact]
    [Trait("Category", "Slow")] // inputs big enough to tell linear from quadratic take seconds: the full suite runs it
    public void HeadingsOfThousandsOfNumbersBeforeADateAreReadInLinearTime()
    {
        // "## Meeting 42 – 2024-01-10": a meeting's number may come before the date, and each try joins the rest of the
        // heading; a heading of 100,000 numbers tried each of them (10 billion characters copied) before the tries were bounded.
        var numbers = string.Concat(Enumerable.Repeat("1 ", 100_000));
        var note = $"# Notes\n\n## {numbers}2024-01-10\n\n- Budget\n\n## {numbers}2024-01-17\n\n- Roadmap\n";

        var (meetings, _) = Within(() => Notes.Parse(note, "notes.md"));

        Assert.NotEmpty(meetings);
    }

    [Fact]
    [Trait("Category", "Slow")] // inputs big enough to tell linear from quadratic take seconds: the full suite runs it
    public void ACallOfManySpeakersAndAFullRosterIsComparedABoundedNumberOfTimes()
    {
        // Every label used to be compared with every roster name for slips, on every line it opened: 300 people and
        // 40,000 lines of different labels ran for minutes. Now once per label, for a bounded number of labels.
        var roster = string.Concat(Enumerable.Range(0, 300).Select(i => $"- Person{i:D3} Surname{i:D3}\n"));
        var lines = string.Concat(Enumerable.Range(0, 40_000).Select(i => $"Speaker{i}: words\nPerson{i % 300:D3}: more words\n\n"));
        var (parsed, _) = Notes.Parse($"# Call 2024-01-10\n\n## Attendees\n\n{roster}\n## Notes\n\n{lines}");

        var archive = Within(() => ArchiveResolver.Resolve(parsed, Configuration.SiteSettings.Default, Configuration.PeopleRegistry.Empty, new DiagnosticBag()));

        Assert.Equal(40_000, Assert.Single(archive.Meetings).Statements.Count);
    }

    [Fact]
    [Trait("Category", "Slow")] // inputs big enough to tell linear from quadratic take seconds: the full suite runs it
    public void AListItemOfManyBareReferencesLooksUpItsRepositoryOnce()
    {
        var note = "# Call\n\n## 2024-01-10\n\n- widget/tools#7 and " + string.Concat(Enumerable.Repeat("#2 ", 50_000)) + "\n";

        var (meetings, _) = Within(() => Notes.Parse(note));

        var references = Assert.Single(meetings).References;
        Assert.Equal(50_001, references.Count);
        Assert.All(references, r => Assert.Equal("widget/tools", $"{r.Key.Owner}/{r.Key.Repo}"));
    }

    [Fact]
    public void ShortLinesUnderThousandsOfQuotesAreRefusedBeforeMarkdigReadsThem()
    {
        // Markdig continues every open quote on every line and says "too deeply nested" only after reading the whole
        // note: 5,000 '>' then 200,000 lazy lines took 8 s, a note of the default size limit over half a minute.
        var note = "# Call\n\n## 2024-01-10\n\n" + new string('>', 5000) + " quote\n" + string.Concat(Enumerable.Repeat("x\n", 200_000));

        var (meetings, diagnostics) = Within(() => Notes.Parse(note));

        Assert.Empty(meetings);
        Assert.Equal("note.md:5:1: error: lists, quotes or emphasis are nested too deeply to read; flatten the nesting in this note",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void ShortLinesUnderDeeplyNestedListsAreRefusedBeforeMarkdigReadsThem()
    {
        // The same bound through list items (each level two more columns of indentation): the note is refused at
        // the line that passes it, before Markdig reads the rest, not at its first line after reading all of it.
        var levels = string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', i * 2) + "- item\n"));
        var note = "# Call\n\n## 2024-01-10\n\n" + levels + string.Concat(Enumerable.Repeat("x\n", 100_000));

        var (meetings, diagnostics) = Within(() => Notes.Parse(note));

        Assert.Empty(meetings);
        Assert.Equal("note.md:133:1: error: lists, quotes or emphasis are nested too deeply to read; flatten the nesting in this note",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void FortyThousandBareUrlsOnALineAreCappedAndSaidSo()
    {
        // Markdig walks back over the paragraph before each autolink: 40,000 on a line took over 120 s.
        var note = "# Call\n\n## 2024-01-10\n\n" + string.Join(' ', Enumerable.Range(1, 40_000).Select(i => $"https://example.org/{i}")) + "\n";

        var (meetings, diagnostics) = Within(() => Notes.Parse(note));

        Assert.Single(meetings);
        var warning = Assert.Single(diagnostics);
        Assert.Equal("note.md:5: warning: this paragraph has more than 500 bare web addresses; the rest are shown as text (write them as a list, or as [links](...))", warning.ToString());
    }

    [Fact]
    public void TwentyThousandIdenticalHeadingsGetTheirIdsInLinearSteps()
    {
        var headings = Enumerable.Range(0, 20_000).Select(_ => new Markdig.Syntax.HeadingBlock(null!) { Level = 3, Inline = new Markdig.Syntax.Inlines.ContainerInline().AppendChild(new Markdig.Syntax.Inlines.LiteralInline("Same")) }).ToList();
        var taken = new CountingSet();

        Rendering.NoteHeadings.Apply(headings, taken);

        Assert.Equal(20_000, taken.Count);
        Assert.Contains("same-20000", taken);
        // Probing "same-2", "same-3", ... from the start for every heading took 200 million steps.
        Assert.True(taken.Probes < 3 * 20_000, $"{taken.Probes} probes for 20,000 headings");
    }

    [Fact]
    public void DeeplyNestedRawHtmlIsAnErrorNamingTheLineNotSecondsOfParsing()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-01-10.md", "# Community call 2024-01-10\n\nSome notes.\n\n" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "x\n");

        var site = Within(() => BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site")));

        Assert.False(site.Result.Succeeded);
        Assert.Contains("2024-01-10.md:5: error: the raw HTML in this call nests more than 256 elements deep", site.Errors());
        // What check renders of it (every stage runs, to report everything) is decided with the model, not by rendering.
        Assert.True(ArchiveLoader.Load(Path.Combine(temp.Path, "content")).Archive.Meetings.Single().RawHtmlTooDeep);
    }

    [Fact]
    public void OldMacLineEndingsReadLikeAnyOthers()
    {
        var note = "# Call\r\r## 2024-01-10\r\r### Attendees\r- Ada Lovelace ([@ada-l](https://github.com/ada-l))\r\r### Agenda\r- The roadmap falco#12\r";

        var (meetings, diagnostics) = Notes.Parse(note);

        Assert.Empty(diagnostics);
        var call = Assert.Single(meetings);
        Assert.Equal(["ada-l"], call.Attendees.Select(a => a.Handle));
        Assert.Equal("The roadmap falco#12", Assert.Single(call.Agenda).Title);
        Assert.Equal(9, call.References[0].Source.Line);
    }

    [Fact]
    public void InvisibleControlCharactersAreRemovedAndReported()
    {
        var (meetings, diagnostics) = Notes.Parse("# Call\n\n## 2024-01-10\n\n- a\u0001b \uFFFE done\n");

        Assert.Single(meetings);
        Assert.Equal(
            ["note.md:5: warning: removed an invisible control character U+0001 at column 4; delete it from the file",
             "note.md:5: warning: removed an invisible control character U+FFFE at column 7; delete it from the file"],
            diagnostics.Select(d => d.ToString()));
    }

    private sealed class CountingSet : HashSet<string>, ISet<string>
    {
        public int Probes { get; private set; }

        bool ISet<string>.Add(string item)
        {
            Probes++;
            return Add(item);
        }
    }

    [Fact]
    public void SeriesPatternsTheLinearEngineCannotRunAreErrorsNamingTheLine()
    {
        // Series patterns run on the non-backtracking engine, which refuses look-arounds and automata too large
        // for it; a pull request adding either used to stop the build with an exception (found by the fuzzer).
        var settings = "series:\n  - { name: Office Hours, title: \"office (?=hours)\" }\n  - name: Triage\n    path: \""
            + string.Concat(Enumerable.Repeat("*a", 2000)) + "\"\n  - { name: Community Call, title: community call }\n";
        var diagnostics = new DiagnosticBag();

        var read = Configuration.SiteSettingsLoader.Parse(settings, diagnostics);

        Assert.Equal(["Community Call"], read.SeriesRules.Select(r => r.Name));
        var errors = diagnostics.Sorted().Select(d => d.ToString()).ToList();
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("archive.yml:2:34: error: series rule 'Office Hours': title 'office (?=hours)' is not a pattern this tool can run (look-arounds", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("archive.yml:4:11: error: series rule 'Triage': path '*a*a", errors[1], StringComparison.Ordinal);
        Assert.EndsWith("...' has too many wildcards to match in linear time; write a shorter glob, like \"office-hours/**\"", errors[1], StringComparison.Ordinal);
    }

    private static Model.Archive Resolved(string note, DiagnosticBag diagnostics)
    {
        var source = NoteReader.Read("note.md", Encoding.UTF8.GetBytes(note), diagnostics)!;
        return ArchiveResolver.Resolve(NoteParser.Parse(source, diagnostics), Configuration.SiteSettings.Default,
            Configuration.PeopleRegistry.Empty, diagnostics);
    }

    [Fact]
    public void TwoThousandDifferentCallsOfOneDateAreOneWarning()
    {
        // A warning per pair of calls: 2,000 calls under one date heading printed two million lines.
        var note = "# Widget Sync\n\n" + string.Concat(Enumerable.Range(1, 2_000).Select(i => $"## 2024-03-06\n\n- Talked about item {i} of the roadmap\n\n"));
        var diagnostics = new DiagnosticBag();

        var archive = Within(() => Resolved(note, diagnostics));

        Assert.Equal(2_000, archive.Meetings.Count);
        var misdated = Assert.Single(diagnostics.Sorted(), d => d.Message.Contains("probably misdated", StringComparison.Ordinal));
        Assert.Contains("and 1,994 more (2,000 different calls that day)", misdated.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Slow")] // inputs big enough to tell linear from quadratic take seconds: the full suite runs it
    public void SixtyFourThousandIdenticalAgendaItemsGetTheirAnchorsInLinearSteps()
    {
        // Anchors retried -2, -3, … from the start for every repeat, and were all computed again per reference.
        var note = "# Widget Sync\n\n## 2024-03-06\n\n## Agenda\n\n" + string.Concat(Enumerable.Repeat("- Release planning widget/core#12\n", 64_000));
        var diagnostics = new DiagnosticBag();

        var (anchors, first) = Within(() =>
        {
            var meeting = Assert.Single(Resolved(note, diagnostics).Meetings);
            var all = Urls.AgendaAnchors.Of(meeting);
            string? found = null;
            foreach (var mention in meeting.References) found = Urls.AgendaAnchors.For(meeting, mention.AgendaItem);
            return (all, found);
        });

        Assert.Equal(64_000, anchors.Distinct().Count());
        Assert.Equal("agenda-release-planning-widget-core-12-64000", anchors[^1]);
        Assert.Equal("agenda-release-planning-widget-core-12", first);
    }

    [Fact]
    [Trait("Category", "Slow")] // inputs big enough to tell linear from quadratic take seconds: the full suite runs it
    public void AHundredAndTenThousandOpenActionsAreSettledInLinearSteps()
    {
        // Each open action scanned every reference of its call: 80,000 took 99 s to export, this many about 100 s to resolve.
        var note = "# Widget Sync\n\n## 2024-03-06\n\n## Attendees\n\n- Ada Lovelace\n\n## Action items\n\n"
            + string.Concat(Enumerable.Range(1, 110_000).Select(i => $"- [ ] Ada to fix widget/core#{i}\n"));
        var diagnostics = new DiagnosticBag();

        var (archive, json) = Within(() => Resolved(note, diagnostics) is var a ? (a, Export.ArchiveJson.Serialize(a)) : default);

        var actions = Assert.Single(archive.Meetings).Actions;
        Assert.Equal(110_000, actions.Count);
        Assert.Equal(["ada-lovelace"], actions[^1].Owners);
        Assert.Contains("Ada to fix widget/core#110000", json, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Slow")] // inputs big enough to tell linear from quadratic take seconds: the full suite runs it
    public void ARosterEntryOfAHundredThousandWordsResolvesInLinearSteps()
    {
        // Found by the cost fuzzer: escaped hyphens keep a roster on one line, one "name" of 260,000 words. Each word
        // of a name written without a handle was indexed with the person's key, and the key was made and hashed again
        // for every word: 16,384 entries took 108 s to resolve, this many would take hours.
        var entries = string.Concat(Enumerable.Range(1, 131_072).Select(i => $"- Zed{Letters(i)} Surnam\\"));
        var note = $"# Widget Sync\n\n## 2024-03-06\n\n## Attendees\n\n{entries}\n";
        var diagnostics = new DiagnosticBag();

        var archive = Within(() => Resolved(note, diagnostics));

        var person = Assert.Single(archive.People);
        Assert.StartsWith("zedb-surnam-zedc-surnam", person.Key, StringComparison.Ordinal);
        Assert.Equal([person.Key], Assert.Single(archive.Meetings).Attendees);
    }

    /// <summary>1 → b, 26 → ba: letters for numbers, as names have no digits.</summary>
    private static string Letters(int n)
    {
        var letters = new StringBuilder();
        for (var rest = n; rest > 0; rest /= 26) letters.Insert(0, (char)('a' + rest % 26));
        return letters.ToString();
    }

    [Fact]
    public void AParagraphOfTenThousandEmphasisRunsIsCappedAndSaidSo()
    {
        // Markdig matches each closer against every opener before it: 62 KB of "x *idget S/fget Syn*" on one line
        // took a quarter of a second, and the size at which Markdig gives up grew the cost as its square (cost fuzzer).
        var note = "# Call\n\n## 2024-01-10\n\n" + string.Concat(Enumerable.Repeat("x *idget S/fget Syn*", 10_000)) + "\n";

        var (meetings, diagnostics) = Within(() => Notes.Parse(note));

        Assert.Single(meetings);
        Assert.Equal("note.md:5: warning: this paragraph has more than 300 runs of emphasis marks (* _ ~); the rest are shown as text (break it into lines or paragraphs)",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    [Trait("Category", "Slow")] // inputs big enough to tell linear from quadratic take seconds: the full suite runs it
    public void AParagraphOfUnclosedBracketsIsCappedAndSaidSo()
    {
        // Each '[' that no ']' closes nests every later inline one level deeper, and Markdig walks the nesting for
        // each inline: 256 KB took two seconds, and past Markdig's nesting limit the note was an error (cost fuzzer).
        var note = "# Call\n\n## 2024-01-10\n\n" + string.Concat(Enumerable.Repeat("a [ b ", 300_000)) + "[link](https://example.org/)\n";

        var (meetings, diagnostics) = Within(() => Notes.Parse(note));

        Assert.Single(meetings);
        Assert.Equal("note.md:5: warning: this paragraph has more than 32 '[' that no ']' closes; the rest are shown as text (close or escape them: \\[)",
            Assert.Single(diagnostics).ToString());
    }

    /// <summary>
    /// Link closers whose address no ')' ends before the paragraph does. Markdig read the rest of the paragraph as the
    /// address for every "](", and failed (the cost fuzzer found both):
    /// - "[a](b" has no ')' after it: 172 KB took four seconds, 1 MB hours;
    /// - "[a](b(" has one at the very end, but parentheses nest in an address and each '(' opens one more: 1.2 MB did
    ///   not finish in a minute.
    /// Each "](" is now read for at most BoundedLinkOpeners.MaxAddress characters: a second.
    /// </summary>
    [Theory]
    [Trait("Category", "Slow")] // inputs big enough to tell linear from quadratic take seconds: the full suite runs it
    [InlineData("[a](b", "")]
    [InlineData("[a](b(", ")")]
    public void AParagraphOfLinkClosersWithoutAnEndReadsInLinearTime(string unit, string end)
    {
        var note = "# Call\n\n## 2024-01-10\n\n" + string.Concat(Enumerable.Repeat(unit, 200_000)) + end + "\n";

        var (meetings, diagnostics) = Within(() => Notes.Parse(note));

        Assert.Single(meetings);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void ALinkWithATwoThousandCharacterAddressIsStillALink()
    {
        // Four times the longest in ../shared's notes: whatever bound keeps "](" linear must leave real links alone.
        var address = "https://video.example.org/" + new string('a', 2000 - "https://video.example.org/".Length);
        var note = $"# Call\n\n## 2024-01-10\n\n[Recording]({address}) of the call\n";

        var (meetings, _) = Notes.Parse(note);

        Assert.Contains(Assert.Single(meetings).Links, l => l.Url == address);
    }

    [Theory]
    [Trait("Category", "Slow")] // inputs big enough to tell linear from quadratic take seconds: the full suite runs it
    [InlineData("a <? b ")]
    [InlineData("a <![CDATA[ b ")]
    [InlineData("a <!DOCTYPE b ")]
    [InlineData("a <!-- b ")]
    public void AParagraphOfUnclosedHtmlReadsInLinearTime(string unit)
    {
        // An unclosed processing instruction, CDATA section or declaration read to the paragraph's end before it
        // failed, once per opener: 256 KB of "a <? b " took nine seconds, this (about 2 MB) about ten minutes.
        var note = "# Call\n\n## 2024-01-10\n\n" + string.Concat(Enumerable.Repeat(unit, 1_900_000 / unit.Length)) + "\n";

        var (meetings, diagnostics) = Within(() => Notes.Parse(note));

        Assert.Single(meetings);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
    }
}
