using ArchiveSite.Model;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Resolution;

/// <summary>
/// Every line that names a person is resolved the same way: attendee, MC, next call's MC and presenter;
/// and what is not a presenter (a reply, a topic, a closing line) is not counted as one.
/// </summary>
public sealed class PeopleOnEveryLineTests
{
    private const string Roster = "## Attendees\n- Spencer Krum ([@nibalizer](https://github.com/nibalizer))\n- Leonardo Di Donato ([@leodido](https://github.com/leodido))\n- Leonardo Grasso ([@leogr](https://github.com/leogr))\n- Lorenzo Fontana ([@fntlnz](https://github.com/fntlnz))\n";

    [Fact]
    public void AnMcWrittenByFirstNameIsThePersonOfThatName()
    {
        using var content = new TempFolder();
        content.Write("2024-03-05.md", $"# Call\n\n**MC:** Spencer\n\n{Roster}");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        Assert.Equal(["nibalizer"], archive.Meetings.Single().Mcs);
        Assert.DoesNotContain(archive.People, p => p.Key == "spencer");
    }

    [Fact]
    public void AMislinkedProfileIsThePersonItsNameGoesWith()
    {
        using var content = new TempFolder();
        content.Write("2024-03-05.md", $"# Call\n\n{Roster}");
        content.Write("2024-03-12.md", "# Call\n\n## Attendees\n- Lorenzo Fontana ([@fntlnz](https://github.com/leodido))\n");

        var result = ArchiveLoader.Load(content.Path);

        var call = result.Archive.Meetings.Single(m => m.Date == new DateOnly(2024, 3, 12));
        Assert.Equal(["fntlnz"], call.Attendees);
        Assert.Contains(result.Diagnostics, d => d.File == "2024-03-12.md" && d.Message.Contains("the link text says @fntlnz", StringComparison.Ordinal));
        Assert.DoesNotContain("leodido", result.Archive.People.Single(p => p.Key == "fntlnz").Aliases);
    }

    [Fact]
    public void AnAmbiguousNextMcIsWhoLedTheNextCall()
    {
        using var content = new TempFolder();
        content.Write("2024-03-05.md", $"# Call\n\n{Roster}\n## Closing\n- **MC next call**: Leo\n");
        content.Write("2024-03-12.md", "# Call\n\n**MC:** Leonardo Di Donato ([@leodido](https://github.com/leodido))\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        Assert.Equal(["leodido"], archive.Meetings.Single(m => m.Date == new DateOnly(2024, 3, 5)).NextMc);
    }

    [Fact]
    public void RepliesTopicsAndClosingLinesAreNotPresenters()
    {
        using var content = new TempFolder();
        content.Write("archive.yml", "topic_tags: [demo]\n");
        content.Write("2024-03-05.md", $"# Call\n\n{Roster}\n## Agenda\n- [Lorenzo] Musl builds\n    - [leogr] PR open\n- [demo] slow output detection\n- [everyone] agrees\n\n## Closing\n- **Next Release**: Lore/Grasso\n");

        var result = ArchiveLoader.Load(content.Path);

        var agenda = result.Archive.Meetings.Single().Agenda;
        Assert.Equal(["Musl builds", "slow output detection", "[everyone] agrees"], agenda.Select(a => a.Title));
        Assert.Equal(["fntlnz"], agenda[0].Presenters);
        Assert.All(agenda.Skip(1), a => Assert.Empty(a.Presenters.Concat(a.UnknownPresenters)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("matches no one", StringComparison.Ordinal));
    }

    [Fact]
    public void PeopleYmlCanNameSomeoneWithNoGitHubHandle()
    {
        using var content = new TempFolder();
        content.Write("people.yml", "ashutosh: {name: Ashutosh, github: none}\n");
        content.Write("2024-03-05.md", "# Call\n\n## Agenda\n- [Ashutosh] pain points in production\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        var person = Assert.Single(archive.People);
        Assert.Equal(("ashutosh", "Ashutosh", (string?)null), (person.Key, person.Name, person.GitHub));
    }
}
