using ArchiveSite.Diagnostics;
using ArchiveSite.Tests.Support;
using ArchiveSite.Text;

namespace ArchiveSite.Tests.Resolution;

/// <summary>People, nicknames and copies of one call, resolved across every note of a folder.</summary>
public sealed class ResolutionTests
{
    private const string Falco = "# Community Call\n\n";

    // What a Falco-like archive.yml says: notes archived with a release hold community calls.
    private const string ReleaseNotesAreCommunityCalls = "series:\n  - { name: Community Call, path: \"release-*.md\" }\n";

    [Fact]
    public void MatchesANameAloneToTheHandleTheSameNameCarriesElsewhere()
    {
        using var content = new TempFolder();
        content.Write("2020-05-13.md", Falco + "## 2020-05-13\n\n### MC\n\n- Spencer Krum\n");
        content.Write("2020-05-20.md", Falco + "## 2020-05-20\n\n### Who joined\n\n- Spencer Krum ([@nibalizer](https://github.com/nibalizer))\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        Assert.Equal(["nibalizer"], archive.MeetingsById["2020-05-13-community-call"].Mcs);
        Assert.Equal("Spencer Krum", archive.PeopleByKey["nibalizer"].Name);
        Assert.Equal("https://github.com/nibalizer", archive.PeopleByKey["nibalizer"].GitHubUrl);
    }

    [Fact]
    public void MatchesNamesWithoutTheirAccentsAndShowsTheWrittenName()
    {
        // Accent folding needs Unicode decomposition, which .NET's invariant globalization mode skips.
        using var content = new TempFolder();
        content.Write("2020-05-13.md", Falco + "## 2020-05-13\n\n### Who joined\n\n- Kris Nóva ([@kris-nova](https://github.com/kris-nova))\n");
        content.Write("2020-05-20.md", Falco + "## 2020-05-20\n\n### MC\n\n- Kris Nova\n\n### Who joined\n\n- Kris Nóva\n\n### Agenda\n\n1. [nova] Falco build service\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        var person = Assert.Single(archive.People);
        Assert.Equal("kris-nova", person.Key);
        Assert.Equal(["kris-nova"], archive.MeetingsById["2020-05-20-community-call"].Mcs);
        Assert.Equal(["kris-nova"], archive.MeetingsById["2020-05-20-community-call"].Agenda.Single().Presenters);
        Assert.Equal("Kris Nóva", person.Name); // the name written most, not the nickname "nova"
        Assert.Equal("kris-nova", Slug.From("Kris Nóva"));
    }

    [Fact]
    public void ABracketedNoteOrTopicNamesNoPresenter()
    {
        // A tag is a list of names, or it is a note in brackets: none of its words is a presenter then, and the
        // item's own tag keeps the tags of the lines below it (an action's owners) from standing in for it.
        using var content = new TempFolder();
        content.Write("2020-05-13.md", Falco + "## 2020-05-13\n\n### Agenda\n\n" +
            "- [Leonardo Grasso/Federico di Pierro] Release 0.30\n" +
            "- Charter update\n  - [Robin to add context/update/notes on the discussion]\n  - [Circle back]\n" +
            "- [Build/Infra call] Follow up next week\n  - [leogr] to send the emails\n" +
            "- [cosmos.gl] Project charter approval\n" +
            "- [Leo & team] Plugins\n" +
            "- [1.69.0] Backport the linker fix\n- [00:02:10] Welcome\n");

        var loaded = ArchiveLoader.Load(content.Path);
        var agenda = loaded.Archive.MeetingsById["2020-05-13-community-call"].Agenda;

        Assert.Equal(["Release 0.30", "Charter update", "[Build/Infra call] Follow up next week", "[cosmos.gl] Project charter approval", "Plugins",
            "[1.69.0] Backport the linker fix", "[00:02:10] Welcome"], agenda.Select(a => a.Title));
        Assert.All(agenda.Skip(5), a => Assert.Empty(a.Presenters.Concat(a.UnknownPresenters)));
        Assert.Equal(["Leonardo Grasso", "Federico di Pierro"], agenda[0].UnknownPresenters);
        Assert.All(agenda.Skip(1).Take(3), a => Assert.Empty(a.Presenters.Concat(a.UnknownPresenters)));
        Assert.Equal(["Leo"], agenda[4].UnknownPresenters);
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Message.Contains("'[update]'", StringComparison.Ordinal)
            || d.Message.Contains("'[Circle back]'", StringComparison.Ordinal) || d.Message.Contains("'[cosmos.gl]'", StringComparison.Ordinal));
    }

    [Fact]
    public void APresenterNamedAsTheCallsPeopleAreIsOneOfThem()
    {
        // "[Ana Lima]" and "[Bo]" name no alias or handle, but the call's own Ana Lima and its one Bo; "[Cy]" two people.
        using var content = new TempFolder();
        content.Write("2024-03-05.md", "# TSC\n\n## Attendees\n\n- Ana Lima\n- Bo Chen\n- Cy Dube\n- Cy Ekwe\n\n## Agenda\n\n"
            + "- [Ana Lima] Welcome\n- [Bo] Release\n- [Cy] Hiring\n\n| Topic | Owner |\n|---|---|\n| Budget | Bo Chen |\n");

        var agenda = ArchiveLoader.Load(content.Path).Archive.Meetings.Single().Agenda;

        Assert.Equal([["ana-lima"], ["bo-chen"], [], ["bo-chen"]], agenda.Select(a => a.Presenters.ToArray()));
        Assert.Equal(["Cy"], agenda[2].UnknownPresenters);
    }

    [Fact]
    public void APresenterIsMatchedByTheNameTheArchiveGivesThemWhateverCallsCameBefore()
    {
        // The first call writes Robert Smith by handle alone; only a later call gives his name, beside another Robert's. "[Robert]"
        // in the first call is its own Robert all the same: a call's people are matched by their names in the whole archive,
        // not by the names the calls before it happened to write.
        using var content = new TempFolder();
        content.Write("2024-03-05.md", "# TSC\n\n## Attendees\n\n- [@rsmith](https://github.com/rsmith)\n\n## Agenda\n\n- [Robert] Release\n");
        content.Write("2024-03-12.md", "# TSC\n\n## Attendees\n\n- Robert Smith ([@rsmith](https://github.com/rsmith))\n- Robert Jones ([@rjones](https://github.com/rjones))\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        var release = Assert.Single(archive.Meetings.Single(m => m.Date == new DateOnly(2024, 3, 5)).Agenda);
        Assert.Equal(["rsmith"], release.Presenters);
        Assert.Empty(release.UnknownPresenters);
    }

    [Fact]
    public void APresenterIsMatchedByTheNameTheCallWritesThoughTheArchiveShowsAShorterOne()
    {
        // Later calls write him "Brian", so the archive shows "Brian"; the call that writes "Brian Venturo" on its roster
        // has its "[Brian Venturo]" all the same.
        using var content = new TempFolder();
        content.Write("2024-03-05.md", "# TSC\n\n## Attendees\n\n- Brian Venturo\n\n## Agenda\n\n- [Brian Venturo] Issuance\n");
        content.Write("2024-03-12.md", "# TSC\n\n## Attendees\n\n- Brian\n");
        content.Write("2024-03-19.md", "# TSC\n\n## Attendees\n\n- Brian\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        Assert.Equal("Brian", archive.PeopleByKey["brian-venturo"].Name);
        var issuance = Assert.Single(archive.Meetings.Single(m => m.Date == new DateOnly(2024, 3, 5)).Agenda);
        Assert.Equal(["brian-venturo"], issuance.Presenters);
    }

    [Theory]
    [InlineData("2024-03-05", "2024-03-12")]
    [InlineData("2024-03-12", "2024-03-05")]
    public void OfTwoSpellingsThatDifferInCaseTheOneWrittenMostIsShownWhicheverCallCameFirst(string once, string twice)
    {
        // "[thomas]" twice, "[Thomas]" once: the person is also written "thomas", whether the call that writes
        // "Thomas" comes before or after (rosters are resolved in parallel, so no spelling is "the first").
        using var content = new TempFolder();
        content.Write("2024-02-27.md", "# TSC\n\n## Attendees\n\n- Thomas Labarussias ([@issif](https://github.com/issif))\n");
        content.Write($"{once}.md", "# TSC\n\n## Attendees\n\n- [@issif](https://github.com/issif)\n\n## Agenda\n\n- [Thomas] Release\n");
        content.Write($"{twice}.md", "# TSC\n\n## Attendees\n\n- [@issif](https://github.com/issif)\n\n## Agenda\n\n- [thomas] Release\n- [thomas] Docs\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        var thomas = archive.PeopleByKey["issif"];
        Assert.Equal("Thomas Labarussias", thomas.Name);
        Assert.Equal(["thomas"], thomas.Aliases);
    }

    [Theory]
    [InlineData("Łukasz Rozmej", "lukasz-rozmej")]
    [InlineData("Søren Ødegård", "soren-odegard")]
    [InlineData("Straße", "strasse")]
    public void KeysKeepEveryLatinLetter(string name, string key) => Assert.Equal(key, Slug.From(name));

    [Fact]
    public void NamesInOtherScriptsGetKeysOfTheirOwn()
    {
        var keys = new[] { "王芳", "李娜", "Алексей Ivanov", "Иван Ivanov" }.Select(Slug.From).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.DoesNotContain("x", keys);
        Assert.All(keys, k => Assert.Matches("^[a-z0-9-]+$", k));
        Assert.Equal(keys, new[] { "王芳", "李娜", "Алексей Ivanov", "Иван Ivanov" }.Select(Slug.From)); // stable
        Assert.StartsWith("ivanov-", keys[2], StringComparison.Ordinal);
    }

    [Fact]
    public void TreatsHandlesCaseInsensitively()
    {
        using var content = new TempFolder();
        content.Write("a.md", Falco + "## 2024-09-25\n\n### Who joined\n\n- Thomas Labarussias ([Issif](https://github.com/Issif))\n");
        content.Write("b.md", Falco + "## 2020-05-13\n\n### Who joined\n\n- Thomas Labarussias ([@issif](https://github.com/issif))\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        var person = Assert.Single(archive.People);
        Assert.Equal("issif", person.Key);
        Assert.Equal(2, archive.AppearancesByPerson["issif"].Count);
    }

    [Fact]
    public void APersonsAppearancesAreInCallOrderWithEachCallsTogether()
    {
        // Two calls of one day, Ana MC of one and an attendee of both: a person's pages count their calls where the id
        // changes, so the index must never interleave two calls' appearances.
        using var content = new TempFolder();
        content.Write("office-hours.md", "# Office hours 2024-01-10\n\n**MC:** Ana Lima ([@alima](https://github.com/alima))\n\n### Who joined\n\n- Ana Lima ([@alima](https://github.com/alima))\n- Bo Chen ([@bchen](https://github.com/bchen))\n");
        content.Write("community.md", "# Community call 2024-01-10\n\n### Who joined\n\n- Bo Chen ([@bchen](https://github.com/bchen))\n- Ana Lima ([@alima](https://github.com/alima))\n\n## Agenda\n\n- [alima] Release plan\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        var calls = archive.AppearancesByPerson["alima"].Select(a => a.MeetingId).ToList();
        Assert.Equal(2, calls.Distinct().Count());
        Assert.Equal(4, calls.Count);
        Assert.Equal(calls.Distinct(), calls.Where((id, i) => i == 0 || id != calls[i - 1]));
        Assert.Equal(archive.Meetings.Select(m => m.Id).Where(calls.Contains), calls.Distinct());
    }

    [Fact]
    public void ResolvesPresenterNicknamesThroughPeopleYmlWithDateRanges()
    {
        using var content = new TempFolder();
        content.Write("people.yml", """
            leodido: {name: Leonardo Di Donato, aliases: [{name: Leo, until: 2020-12-31}]}
            leogr:
              name: Leonardo Grasso
              aliases:
                - {name: Leo, from: 2021-01-01}
            """);
        content.Write("a.md", Falco + "## 2020-05-13\n\n### Agenda\n\n- [Leo] profiler\n");
        content.Write("b.md", Falco + "## 2022-05-13\n\n### Agenda\n\n- [Leo] release\n- [Zed] unknown\n");

        var result = ArchiveLoader.Load(content.Path);

        Assert.Equal(["leodido"], result.Archive.MeetingsById["2020-05-13-community-call"].Agenda[0].Presenters);
        Assert.Equal(["leogr"], result.Archive.MeetingsById["2022-05-13-community-call"].Agenda[0].Presenters);
        Assert.Empty(result.Archive.MeetingsById["2022-05-13-community-call"].Agenda[1].Presenters);
        Assert.Equal(["Zed"], result.Archive.MeetingsById["2022-05-13-community-call"].Agenda[1].UnknownPresenters);
        Assert.False(result.Archive.PeopleByKey.ContainsKey("zed"));
        Assert.Contains(result.Diagnostics, d => d.ToString() == "b.md:8: warning: presenter '[Zed]' matches no one; add it as an alias in people.yml");
        Assert.Equal("Leonardo Grasso", result.Archive.PeopleByKey["leogr"].Name);
    }

    [Fact]
    public void ErrorsOnPeopleYmlThatIsNotValidYamlWithLine()
    {
        using var content = new TempFolder();
        content.Write("people.yml", "leogr:\n  name: [Leonardo\n");
        content.Write("a.md", "## 2020-05-13\n");

        var result = ArchiveLoader.Load(content.Path);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("people.yml", error.File);
        Assert.True(error.Line >= 2, error.ToString());
    }

    [Fact]
    public void CollapsesIdenticalCopiesOfACallIntoOneMeetingListingEverySource()
    {
        using var content = new TempFolder();
        const string call = "## 2022-06-01\n\n### MC\n\n- Leonardo Grasso ([leogr](https://github.com/leogr))\n\n### Agenda\n\n- release\n";
        content.Write("archive.yml", ReleaseNotesAreCommunityCalls);
        content.Write("release-0.32.0.md", Falco + call);
        content.Write("release-0.32.1.md", Falco + "## 2022-06-08\n\n- other\n\n" + call);

        var result = ArchiveLoader.Load(content.Path);

        var meeting = result.Archive.MeetingsById["2022-06-01-community-call"];
        Assert.Equal(["release-0.32.0.md:3", "release-0.32.1.md:7"], meeting.Sources.Select(s => s.ToString()));
        Assert.Equal(2, result.Archive.Meetings.Count);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void MergesNearIdenticalCopiesKeepingTheFullerAndWarningNamingBoth()
    {
        using var content = new TempFolder();
        const string call = "## 2021-01-20\n\n### MC\n\n- POP\n\n### Agenda\n\n- one\n- two\n- three\n";
        content.Write("archive.yml", ReleaseNotesAreCommunityCalls);
        content.Write("2021-01-20.md", Falco + call);
        content.Write("release-0.28.0.md", Falco + call + "- four\n");

        var result = ArchiveLoader.Load(content.Path);

        var meeting = Assert.Single(result.Archive.Meetings);
        Assert.Equal("release-0.28.0.md", meeting.Source.File);
        Assert.Equal(4, meeting.Agenda.Count);
        Assert.Equal(2, meeting.Sources.Count);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("release-0.28.0.md:3: warning: this copy of the 2021-01-20 call differs from the one at 2021-01-20.md:3; they are merged and the fuller copy is shown", warning.ToString());
    }

    [Fact]
    public void KeepsDifferentCallsOnOneDateApartWithDistinctIdsAndAWarning()
    {
        using var content = new TempFolder();
        content.Write("2020-08-12-to-2020-12-16.md", Falco
            + "## 2020-10-21\n\n### Agenda\n\n- drivers\n- website\n\n"
            + "## 2020-10-21\n\n### Agenda\n\n- helm charts\n- release\n");

        var result = ArchiveLoader.Load(content.Path);

        Assert.Equal(["2020-10-21-community-call", "2020-10-21-community-call-2"], result.Archive.Meetings.Select(m => m.Id));
        Assert.Contains("both are kept, but one is probably misdated", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void DefaultsBareReferencesToTheRepositoryInArchiveYml()
    {
        using var content = new TempFolder();
        content.Write("archive.yml", "title: Test\ngithub:\n  default_repo: acme/widgets\n");
        content.Write("a.md", "## 2020-05-13\n\n- fixes #12\n- gadgets#3\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        Assert.Equal(["acme/gadgets#3", "acme/widgets#12"], archive.References.Select(r => r.Key.ToString()));
    }

    [Fact]
    public void ReferencePagesKnowEveryMentionOldestFirstWithItsAgendaItem()
    {
        using var content = new TempFolder();
        content.Write("b.md", "## 2020-05-20\n\n### Agenda\n\n- [leogr] merged falco#1191\n");
        content.Write("a.md", "## 2020-05-13\n\n### Agenda\n\n- [leogr] Cleanup update\n    - `/examples` moved [falco#1191](https://github.com/falcosecurity/falco/pull/1191)\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        var reference = Assert.Single(archive.References);
        Assert.Equal(Model.ReferenceKind.Pull, reference.Kind);
        Assert.Equal(["2020-05-13-meetings", "2020-05-20-meetings"], reference.Mentions.Select(m => m.MeetingId));
        Assert.Equal("Cleanup update", reference.Mentions[0].Mention.AgendaItem);
        Assert.Equal("/examples moved falco#1191", reference.Mentions[0].Mention.Snippet);
        Assert.Equal(6, reference.Mentions[0].Mention.Source.Line);
    }
}
