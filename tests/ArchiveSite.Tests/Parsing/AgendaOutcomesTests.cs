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
    [InlineData("## Upcoming Meetings\n\n* **Calendar**: https://calendar.example.org")]
    [InlineData("### Upcoming events\n\n- KubeCon EU, March 19-22")]
    [InlineData("### Closing\n\n- Thanks all")]
    public void WhatComesAfterTheCallIsNoAgendaItem(string closing)
    {
        var call = Notes.Single($"# Team Sync 2024-03-05\n\n## Agenda\n\n- Budget\n\n{closing}\n");

        Assert.Equal(["Budget"], call.Agenda.Select(a => a.Title));
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
