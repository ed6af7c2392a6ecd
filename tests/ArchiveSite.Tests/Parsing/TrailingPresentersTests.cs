using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Parsing;

/// <summary>
/// Presenters written after an agenda item's topic are read only when they are the call's own people; whatever else
/// follows a topic stays in its title (a wrong presenter is worse than none).
/// </summary>
public sealed class TrailingPresentersTests
{
    private static IEnumerable<(string Title, string Presenters)> AgendaOf(string roster, string items) =>
        Notes.Single($"# Docs Sync 2024-03-05\n\nAttendees:\n{roster}\n\n## Agenda\n\n{items}\n").Agenda
            .Select(a => (a.Title, string.Join(", ", a.Presenters)));

    [Fact]
    public void TheCallsPeopleAfterATopicAreItsPresenters()
    {
        var agenda = AgendaOf("- Ana Lima\n- Bo Chen (@bo)\n- Cy Dube",
            "- Release planning (Ana Lima, 10 min)\n- Blog post review - Cy\n- 5m - Website redesign - @bo\n- Triage (Ana Lima and Cy Dube)");

        Assert.Equal([("Release planning", "Ana Lima"), ("Blog post review", "Cy Dube"), ("Website redesign", "bo"), ("Triage", "Ana Lima, Cy Dube")], agenda);
    }

    [Fact]
    public void ATopicNestedUnderAGroupOfTopicsWithItsPresenterIsATopicOfItsOwn()
    {
        // A standards group's numbered agenda: topics nested under "Proposals and discussions", each with its
        // presenter and time, the roster written later in the note. Nested lines that name no one stay notes.
        var call = Notes.Single("""
            # CG 2024-03-05

            ## Agenda items

            1. Opening, welcome and roll call
            1. Proposals and discussions
                1. Memory64 phase 4 vote (Ana Lima) [15 min]
                1. Stack switching update (Bo Chen) [20 mins]
                1. Anything else (time permitting)
            1. Closure

            ## Meeting Notes

            ### Attendees

            - Ana Lima
            - Bo Chen
            """);

        Assert.Equal([("Opening, welcome and roll call", "", (string?)"Agenda items"), ("Proposals and discussions", "", "Agenda items"),
            ("Memory64 phase 4 vote", "Ana Lima", "Proposals and discussions"), ("Stack switching update", "Bo Chen", "Proposals and discussions"),
            ("Closure", "", "Agenda items")],
            call.Agenda.Select(a => (a.Title, string.Join(", ", a.Presenters), a.Section)));
    }

    [Fact]
    public void WhatIsNotOneOfTheCallsPeopleStaysInTheTitle()
    {
        var agenda = AgendaOf("- Ana Lima\n- Ana Souza\n- Bo Chen",
            "- Roadmap (Q3)\n- Localization - Phase 2\n- Survey results (Dan Minor)\n- Docs review - Ana\n- Budget (Bo Chen, Dan Minor)\n- (10 min)");

        Assert.Equal([("Roadmap (Q3)", ""), ("Localization - Phase 2", ""), ("Survey results (Dan Minor)", ""), ("Docs review - Ana", ""),
            ("Budget (Bo Chen, Dan Minor)", ""), ("(10 min)", "")], agenda);
    }
}
