using ArchiveSite.Site.Pages;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Resolution;

/// <summary>
/// A call's topic line (its page's description and its feed entry) names what that call was about: its agenda's
/// items, never a transcript's bullets ("Okay, welcome everyone…"), and not the items nearly every call of the
/// series repeats ("Announcements").
/// </summary>
public sealed class TopicLineTests
{
    [Fact]
    public void TheTopicLineSkipsTranscriptsAndWhatEveryCallRepeats()
    {
        using var content = new TempFolder();
        FiveCallsThatOpenWithAnnouncements(content);
        content.Write("calls/2024-03-08.md", """
            # Core Devs 2024-03-08

            ## Agenda

            - Announcements
            - The fork date

            ## Transcript

            **Danny**
            * Okay, welcome everyone, let's get started.
            * First the fork.
            """);

        var archive = ArchiveLoader.Load(content.Path).Archive;

        var call = archive.Meetings.Single(m => m.Date == new DateOnly(2024, 3, 8));
        Assert.Equal(["Announcements", "The fork date"], call.Agenda.Select(a => a.Title));
        var summary = CallPages.Summary(call, archive.Topics(call));
        Assert.EndsWith(": The fork date.", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ACallThatIsNotTheArchivesOwnHasItsTopicsFoundFromItsOwnAgenda()
    {
        using var content = new TempFolder();
        FiveCallsThatOpenWithAnnouncements(content);
        var archive = ArchiveLoader.Load(content.Path).Archive;
        var call = archive.Meetings.Single(m => m.Date == new DateOnly(2024, 3, 5));
        Assert.Equal(["Topic 5"], archive.Topics(call).Select(a => a.Title));

        // The archive finds its calls' topics once, by id: a changed copy of a call (serve's redraw) is not looked up.
        var changed = call with { Agenda = [call.Agenda[0], call.Agenda[1] with { Title = "The fork date" }] };
        Assert.Equal(["The fork date"], archive.Topics(changed).Select(a => a.Title));
    }

    // A series of five calls, each with "Announcements" (routine: in every call) and a topic of its own.
    private static void FiveCallsThatOpenWithAnnouncements(TempFolder content)
    {
        for (var day = 1; day <= 5; day++)
            content.Write($"calls/2024-03-0{day}.md", $"# Core Devs 2024-03-0{day}\n\n## Agenda\n\n- Announcements\n- Topic {day}\n");
    }
}
