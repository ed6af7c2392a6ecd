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
    public void ATranscriptsUnknownSpeakerIsNoPresenter()
    {
        var call = Notes.Single("# Call 2024-04-08\n\n## Fork planning\n\nSpeaker: 10\n\n- Devnet next week\n");

        Assert.Equal(["Devnet next week"], call.Agenda.Select(a => a.Title));
    }
}
