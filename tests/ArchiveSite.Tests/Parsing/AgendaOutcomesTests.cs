using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Parsing;

/// <summary>
/// What a call decided and who does what are its decisions and actions, not topics of its agenda: lists under
/// "## Decisions", "### Action items" or "**Action items:**" add no agenda item, as they did before (each showed twice
/// on the call's page).
/// </summary>
public sealed class AgendaOutcomesTests
{
    [Theory]
    [InlineData("### Action items\n\n- Jun to update the release notes")]
    [InlineData("**Action items:**\n- [ ] Jun to update the release notes")]
    [InlineData("Decisions:\n* We close issues inactive for a year.")]
    [InlineData("## Decisions Made\n\n- 93.1: We close issues inactive for a year.")]
    [InlineData("Consensus:\n* remove the term staging")]
    public void AListOfOutcomesIsNoAgendaItem(string outcomes)
    {
        var call = Notes.Single($"# Team Sync 2024-03-05\n\n## Agenda\n\n- Budget\n\n{outcomes}\n");

        Assert.Equal(["Budget"], call.Agenda.Select(a => a.Title));
    }

    [Theory]
    [InlineData("## Notes")]
    [InlineData("### Minutes")]
    [InlineData("## Meeting notes")]
    [InlineData("# Discussion")]
    public void TheNotesOfTopicsAnAgendaListedAreNoMoreTopics(string heading)
    {
        // The topics listed under the agenda, then what was said of each under the notes' heading (OpenJS, Ethereum, Rust).
        var call = Notes.Single($"# Team Sync 2024-03-05\n\n## Agenda\n\n- Budget\n- Hiring\n\n{heading}\n\n- Budget: approved as proposed\n- Hiring\n  - two openings\n- Main points: none\n");

        Assert.Equal(["Budget", "Hiring"], call.Agenda.Select(a => a.Title));
    }

    [Fact]
    public void WithNoAgendaAboveANotesListIsTheTopics()
    {
        var call = Notes.Single("# Team Sync 2024-03-05\n\n## Agenda\n\nThe agenda is in the issue.\n\n## Notes\n\n- Budget\n- Hiring\n");

        Assert.Equal(["Budget", "Hiring"], call.Agenda.Select(a => a.Title));
    }

    [Fact]
    public void AnItemLabelledAsAnOutcomeIsNoAgendaItem()
    {
        // Notes kept under "## Discussion" and a heading per topic: what each topic came to is labelled on its line.
        var call = Notes.Single("# TSC Meeting 2024-06-12\n\n**Present:** Nia Hart, Pia Nord\n\n## Discussion\n\n- Security policy\n"
            + "- Consensus: we move to a 90-day disclosure window.\n- AI (Pia): draft the SECURITY.md update.\n- TODO(Nia): ask legal about CVE numbering.\n"
            + "- [agreed] the logo is option B\n- Decision: Is this a valid MVP? https://github.com/example/widget/pull/379\n");

        Assert.Equal(["Security policy", "Decision: Is this a valid MVP? https://github.com/example/widget/pull/379"], call.Agenda.Select(a => a.Title));
        Assert.Equal(["we move to a 90-day disclosure window.", "the logo is option B"], call.Decisions.Select(d => d.Text));
        Assert.Equal(["draft the SECURITY.md update.", "ask legal about CVE numbering."], call.Actions.Select(a => a.Text));
    }

    [Theory]
    [InlineData("## Upcoming Meetings\n\n* **Calendar**: https://calendar.example.org")]
    [InlineData("### Upcoming events\n\n- KubeCon EU, March 19-22")]
    [InlineData("### Closing\n\n- Thanks all")]
    public void WhatComesAfterTheCallIsNoAgendaItem(string closing)
    {
        var call = Notes.Single($"# Team Sync 2024-03-05\n\n## Agenda\n\n- Budget\n\n{closing}\n");

        Assert.Equal(["Budget"], call.Agenda.Select(a => a.Title));
    }

    [Fact]
    public void WhenAndWhereTheCallIsAreNoAgendaItems()
    {
        var call = Notes.Single("# Widgets meeting agenda\n\n- Meeting date: 2024-03-05\n- Budget review\n- **Time:** 16:00 UTC\n- Hiring plan\n", "2024-03-05-widgets.md");

        Assert.Equal(["Budget review", "Hiring plan"], call.Agenda.Select(a => a.Title));
        Assert.Equal(new DateOnly(2024, 3, 5), call.Date);
    }

    [Theory]
    // A section called "Action" holds the call's topics in some notes.
    [InlineData("### Action\n\n- [Nova] Good first issues\n- [Nova] Schedule a build call", new[] { "Good first issues", "Schedule a build call" })]
    // A template's empty "Action Item:" field, over the next topic.
    [InlineData("## Agenda\n\n* Charter review\n\nAction Item:\n\n* Project charters #207", new[] { "Charter review", "Project charters #207" })]
    public void WhatOnlyLooksLikeAnOutcomesLabelKeepsItsTopics(string notes, string[] topics)
    {
        var call = Notes.Single($"# Team Sync 2024-03-05\n\n{notes}\n");

        Assert.Equal(topics, call.Agenda.Select(a => a.Title));
    }
}
