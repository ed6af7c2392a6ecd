using ArchiveSite.Model;
using ArchiveSite.Parsing;
using ArchiveSite.Resolution;
using ArchiveSite.Site;
using ArchiveSite.Tests.Support;
using static ArchiveSite.Tests.Support.CachedBuilds;

namespace ArchiveSite.Tests.Resolution;

/// <summary>
/// A process that builds many times (serve) makes again only the calls an edit touched: each other call is the one it
/// made before, unless the edit changed what every call reads of the others, and either way the site is a clean build's.
/// </summary>
public sealed class ResolutionMemoTests
{
    private const string Note = """
        ## 2024-05-02

        **Who joined**: Ada Lovelace ([@ada-l](https://github.com/ada-l)), Bo Chen ([@bo-c](https://github.com/bo-c))

        ### Agenda

        - [Ada] Release plan, see #42

        ### Discussion

        - **Ada**: the release slips a week.
        """;

    [Fact]
    public void AnEditedNoteMakesOnlyItsOwnCallAgain()
    {
        using var temp = new TempFolder();
        var (content, output, _, options) = Example(temp);
        // "Leo" is known only as the next call's MC: a next MC settled after the calls are made, in every build, before
        // the call's minutes are read.
        File.WriteAllText(Path.Combine(content, "2024-08-01.md"), "---\nseries: sync-call\n---\n\n## 2024-08-01\n\n**Who joined**: Ada Lovelace ([@ada-l](https://github.com/ada-l))\n\n**MC Next Call**: Leo\n\n### Discussion\n\n- **Ada**: the sync moves to Thursdays.\n");
        File.WriteAllText(Path.Combine(content, "2024-08-08.md"), "---\nseries: sync-call\n---\n\n## 2024-08-08\n\n**MC:** Leonardo Grasso ([@leogr](https://github.com/leogr))\n");
        var first = Built(options);
        Assert.Equal(["leogr"], first.Meetings.Single(m => m.Id.StartsWith("2024-08-01", StringComparison.Ordinal)).NextMc);
        File.AppendAllText(Path.Combine(content, "2024-01-17.md"), "\nThe 1.3 release notes are drafted.\n");

        var second = Built(options);

        foreach (var (before, after) in first.Meetings.Zip(second.Meetings))
        {
            Assert.Equal(before.Id, after.Id);
            // Taken from the memo, a call is the very object it was (what its page is compared by); made anew, another.
            if (before.Id.StartsWith("2024-01-17", StringComparison.Ordinal)) Assert.NotSame(before, after);
            else Assert.Same(before, after);
        }
        Assert.Contains("The 1.3 release notes are drafted.", second.Meetings.Single(m => m.Id.StartsWith("2024-01-17", StringComparison.Ordinal)).Markdown, StringComparison.Ordinal);
        AssertSameAsCleanBuild(temp, content, output, "prose added to one note");
    }

    [Fact]
    public void ANewSpellingInOneRosterMakesEveryCallAgain()
    {
        using var temp = new TempFolder();
        var (content, output, _, options) = Example(temp);
        var first = Built(options);
        Edit(Path.Combine(content, "2024-01-10.md"), "- Charles Babbage\n", "- Charles B. Babbage ([@cbabbage](https://github.com/cbabbage))\n");

        var second = Built(options);

        var (before, after) = (first.Meetings.Single(m => m.Id.StartsWith("2024-01-17", StringComparison.Ordinal)), second.Meetings.Single(m => m.Id.StartsWith("2024-01-17", StringComparison.Ordinal)));
        Assert.NotSame(before.Agenda, after.Agenda);
        Assert.Equal("Charles B. Babbage", second.People.Single(p => p.Key == "cbabbage").Name);
        AssertSameAsCleanBuild(temp, content, output, "a roster's spelling");
    }

    [Fact]
    public void ASpeakerIsCountedOncePerBuildHoweverManyBuildsAProcessMakes()
    {
        // "Lovelace" speaks in a call whose roster does not list her: a speaker the archive knows by that word of her name,
        // whose spelling each build counts once, as often as another call's agenda writes "[lovelace]", so the fewer capitals
        // are her alias. Counted on top of the last build's count, the next build would show the speaker's spelling.
        using var temp = new TempFolder();
        var (content, output, _, options) = Example(temp);
        File.WriteAllText(Path.Combine(content, "2024-05-09.md"), "## 2024-05-09\n\n### Agenda\n\n- [lovelace] Release notes\n");
        File.WriteAllText(Path.Combine(content, "2024-05-02.md"), """
            ## 2024-05-02

            **Who joined**: Bo Chen ([@bo-c](https://github.com/bo-c))

            ### Discussion

            **Lovelace**: the release slips a week.

            **Bo Chen**: fine by me.

            **Lovelace**: then we tag on Monday.
            """);
        var first = Built(options);
        Assert.Contains(first.Meetings.Single(m => m.Id.StartsWith("2024-05-02", StringComparison.Ordinal)).Statements, s => s.Person == "ada-l");
        Assert.Contains("lovelace", first.People.Single(p => p.Key == "ada-l").Aliases);

        for (var build = 2; build <= 4; build++)
        {
            File.AppendAllText(Path.Combine(content, "2024-01-17.md"), $"\nMore words, build {build}.\n");
            Assert.Equal(Aliases(first), Aliases(Built(options)));
        }
        AssertSameAsCleanBuild(temp, content, output, "a speaker in one note, words added to another");

        static string Aliases(Archive archive) => string.Join('\n', archive.People.Select(p => $"{p.Key}: {p.Name} ({string.Join(", ", p.Aliases)})"));
    }

    [Fact]
    public void AnUnchangedArchiveReadsTheSameAndAnyEditToWhatCallsShareDoesNot()
    {
        var call = Notes.Single(Note, "2024-05-02.md");
        var other = Notes.Single(Note.Replace("2024-05-02", "2024-05-09", StringComparison.Ordinal), "2024-05-09.md");
        SharedReads Reads(ParsedMeeting changed, string settings = "settings") => new(settings, [changed, other], [changed, other]);
        var last = Reads(call);

        Assert.True(Reads(call).Same(last));
        Assert.True(Reads(call with { Markdown = call.Markdown + "\nMore words.\n", Statements = [] }).Same(last), "words only");
        Assert.True(Reads(call with { Mcs = [.. call.Mcs] }).Same(last), "an equal roster in a new list");

        var person = new PersonEntry("cy-d", "Cy Doe", 3);
        (string What, SharedReads Reads)[] changes =
        [
            ("the settings files", Reads(call, "other settings")),
            ("the file", Reads(call with { File = "2024-05-03.md" })),
            ("the MCs", Reads(call with { Mcs = [person] })),
            ("the attendees", Reads(call with { Attendees = [.. call.Attendees.Skip(1)] })),
            ("the next MCs", Reads(call with { NextMc = [person] })),
            ("the references", Reads(call with { References = [] })),
            ("the date", Reads(call with { Date = call.Date.AddDays(1) })),
            ("a presenter", Reads(call with { Agenda = [call.Agenda[0] with { Presenters = ["Bo"] }] })),
            ("a call more", new SharedReads("settings", [call, other, call], [call, other, call])),
        ];
        foreach (var (what, reads) in changes) Assert.False(reads.Same(last), what);
    }

    [Fact]
    public void ACallsTopicsFollowWhatTheOtherCallsOfItsSeriesDiscuss()
    {
        // Five calls of a series, "Release plan" on the agenda of three: a topic. Renamed so in a fourth call (its
        // presenter the same, so no roster changes), it is on three calls of four: routine, and no longer among the
        // first call's topics, though that call's note and everything else its page reads is as it was.
        using var temp = new TempFolder();
        var (content, output, _, options) = Example(temp);
        for (var week = 0; week < 5; week++)
        {
            var date = new DateOnly(2024, 6, 5).AddDays(7 * week);
            File.WriteAllText(Path.Combine(content, $"{date:yyyy-MM-dd}.md"),
                $"---\ntitle: Example Planning Call\nseries: planning-call\n---\n\n## {date:yyyy-MM-dd}\n\n### Agenda\n\n- [Ada] Item {week}\n- [Grace] {(week < 3 ? "Release plan" : $"Other {week}")}\n");
        }
        var page = Path.Combine(output, "calls", "2024", "06", "05", "planning-call", "index.html");
        Built(options);
        Assert.Contains("Item 0; Release plan", File.ReadAllText(page), StringComparison.Ordinal);

        Edit(Path.Combine(content, "2024-06-26.md"), "Other 3", "Release plan");
        Built(options);

        Assert.DoesNotContain("Item 0; Release plan", File.ReadAllText(page), StringComparison.Ordinal);
        AssertSameAsCleanBuild(temp, content, output, "an agenda item made routine by another call");
    }

    [Fact]
    public void ALinkToAnotherNoteFollowsItsCallToAnotherSeries()
    {
        // Only the linked note changes (its series, so its call's page moves): the linking call, of a series of its own, is
        // made from the same note, roster and reads as before, but its notes link the call's new page.
        using var temp = new TempFolder();
        var (content, output, _, options) = Example(temp);
        File.WriteAllText(Path.Combine(content, "2024-07-01.md"), "---\ntitle: Alpha Call\nseries: alpha-call\n---\n\n## 2024-07-01\n\n- Plans\n");
        File.WriteAllText(Path.Combine(content, "2024-07-08.md"), "---\ntitle: Gamma Call\nseries: gamma-call\n---\n\n## 2024-07-08\n\n- See [the alpha call](2024-07-01.md)\n");
        var page = Path.Combine(output, "calls", "2024", "07", "08", "gamma-call", "index.html");
        Built(options);
        Assert.Contains("/calls/2024/07/01/alpha-call/", File.ReadAllText(page), StringComparison.Ordinal);

        Edit(Path.Combine(content, "2024-07-01.md"), "series: alpha-call", "series: beta-call");
        Built(options);

        Assert.Contains("/calls/2024/07/01/beta-call/", File.ReadAllText(page), StringComparison.Ordinal);
        AssertSameAsCleanBuild(temp, content, output, "a linked note's call in another series");
    }

    /// <summary>Replaces text the file must hold, as an author's edit does.</summary>
    private static void Edit(string file, string before, string after)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(before, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(before, after, StringComparison.Ordinal));
    }

    /// <summary>A build with <paramref name="options"/>' cache object, which must succeed: its archive.</summary>
    private static Archive Built(BuildOptions options)
    {
        var result = SiteBuilder.Build(InOneProcess(options));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result.Archive!;
    }
}
