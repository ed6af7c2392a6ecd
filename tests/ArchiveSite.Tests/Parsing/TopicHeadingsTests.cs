using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Parsing;

/// <summary>
/// Notes kept per topic, with no agenda list (a standards body's plenary, say): each topic a heading whose first line
/// names its presenter. The headings are the call's agenda; the links and points listed under them are their notes,
/// which were read as topics before ("proposal", "slides").
/// </summary>
public sealed class TopicHeadingsTests
{
    private const string Plenary = """
        # Plenary 2024-04-08

        ## Array grouping for Stage 3

        Presenter: Ana Lima (AL)

        - [proposal](https://example.org/proposal)
        - [slides](https://example.org/slides)

        ### Discussion

        - Support from two implementers

        ## Temporal update

        **Presenters:** Bo Chen (BC), Cy Dube

        ## Open floor

        - Anything else
        """;

    [Fact]
    public void HeadingsWithAPresenterLineAreTheTopicsAndTheirListsAreTheirNotes()
    {
        var call = Notes.Single(Plenary);

        Assert.Equal(["Array grouping for Stage 3", "Temporal update", "Anything else"], call.Agenda.Select(a => a.Title));
        Assert.Equal([["Ana Lima"], ["Bo Chen", "Cy Dube"], []], call.Agenda.Select(a => a.Presenters));
    }

    [Fact]
    public void AHeadingThatGivesWhoAndHowLongIsATopic()
    {
        // A working group's minutes: a heading per slot with its presenter and time; a section's time alone is no topic.
        var call = Notes.Single("""
            # QUIC WG 2024-03-19

            Attendees: Ana Lima, Bo Chen, Dan Minor

            ## Multipath QUIC (Dan Minor, 20 min)

            * Chairs to run an adoption call on the list.

            ## Administrivia (chairs, 5 min)

            ## Updates (15 minutes)

            - ACK frequency draft
            """);

        Assert.Equal([("Multipath QUIC", "Dan Minor"), ("Administrivia (chairs)", ""), ("ACK frequency draft", "")],
            call.Agenda.Select(a => (a.Title, string.Join(", ", a.Presenters))));
    }

    [Fact]
    public void ATranscriptsUnknownSpeakerIsNoPresenter()
    {
        var call = Notes.Single("# Call 2024-04-08\n\n## Fork planning\n\nSpeaker: 10\n\n- Devnet next week\n");

        Assert.Equal(["Devnet next week"], call.Agenda.Select(a => a.Title));
    }
}
