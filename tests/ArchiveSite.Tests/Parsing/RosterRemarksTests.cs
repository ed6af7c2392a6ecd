using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Parsing;

/// <summary>
/// What a roster says about people it does not name ("et al.", "+ 5 others", "Total: 12", "(others joined late)",
/// "Quorum: Yes") and the groups it sorts them into ("**TOC Members**", "Team members: …") are no people, and hide
/// none of the people it names.
/// </summary>
public sealed class RosterRemarksTests
{
    [Theory]
    [InlineData("Attendees: Ana Lima, Bo Chen, et al.")]
    [InlineData("Attendees: Ana Lima, Bo Chen + 5 others")]
    [InlineData("Present: Ana Lima and Bo Chen and others")]
    [InlineData("Attendees (7): Ana Lima, Bo Chen")]
    [InlineData("## Attendance\n\n- Ana Lima\n- Bo Chen\n- Total: 2")]
    [InlineData("## Attendees\n\n- Ana Lima\n- Bo Chen\n- (others joined late)")]
    public void TheNamedPeopleAreAttendeesAndTheRemarkIsNoOne(string roster)
    {
        var (calls, diagnostics) = Notes.Parse($"# Team meeting 2024-04-02\n\n{roster}\n\n## Agenda\n\n- Budget\n");

        var call = Assert.Single(calls);
        Assert.Equal(["Ana Lima", "Bo Chen"], call.Attendees.Select(a => a.Name));
        Assert.Equal(["Budget"], call.Agenda.Select(a => a.Title));
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("## Attendees\n\n**TOC Members**\n\n- [x] Ana Lima\n- [x] Bo Chen\n- [ ] Cy Dube\n\n**Quorum:** Yes\n\n**Others**\n\n- Di Ekwe (Acme)")]
    [InlineData("## Attendance\n\n- Team members: Ana Lima, Bo Chen\n- Others: Di Ekwe")]
    [InlineData("## Attendance\n\n- People: Ana Lima, Bo Chen, Di Ekwe")]
    [InlineData("## Attendees\n\nSteering committee members: Ana Lima, Bo Chen\n\nGuests: Di Ekwe")]
    public void AGroupsLabelIsNoPersonAndItsPeopleAreAttendees(string roster)
    {
        var (calls, diagnostics) = Notes.Parse($"# TOC Meeting 2024-03-05\n\n{roster}\n\n## Agenda\n\n- Budget\n");

        var call = Assert.Single(calls);
        Assert.Equal(["Ana Lima", "Bo Chen", "Di Ekwe"], call.Attendees.Select(a => a.Name));
        Assert.Equal(["Budget"], call.Agenda.Select(a => a.Title));
        Assert.DoesNotContain(diagnostics, d => d.Severity == ArchiveSite.Diagnostics.Severity.Error);
    }

    [Theory]
    [InlineData("**Attendees**\n\nAna Lima\\\nBo Chen")]
    [InlineData("Attendees:\n\nAna Lima  \nBo Chen")]
    [InlineData("| Attendees |\n|---|\n| Ana Lima |\n| Bo Chen |")]
    [InlineData("**Attendees\\:** Ana Lima, Bo Chen")]
    [InlineData("Attendees:&nbsp;Ana Lima,&nbsp;Bo Chen")]
    [InlineData("Created: July 8, 2024 10:00 AM\nParticipants: Ana Lima, Bo Chen\nType: Weekly")]
    public void RostersAsWordProcessorsAndNotesAppsExportThemAreRead(string roster)
    {
        var (calls, diagnostics) = Notes.Parse($"# Team sync 2024-07-08\n\n{roster}\n\n## Agenda\n\n- Budget\n");

        var call = Assert.Single(calls);
        Assert.Equal(["Ana Lima", "Bo Chen"], call.Attendees.Select(a => a.Name));
        Assert.DoesNotContain(diagnostics, d => d.Severity == ArchiveSite.Diagnostics.Severity.Error);
    }

    [Fact]
    public void WordsUnderARosterLabelThatAreNoNamesAreNoPeople()
    {
        var call = Notes.Single("# Team sync 2024-07-08\n\n**Attendees**\n\nThanks Everyone\nThank you\nCheers\n\n## Agenda\n\n- Budget\n");

        Assert.Empty(call.Attendees);
    }

    [Theory]
    [InlineData("<details><summary>Attendees</summary>\n\n- Ana Lima\n- Bo Chen\n- Cy Dube\n\n</details>")]
    [InlineData("## Attendees: Ana Lima, Bo Chen, Cy Dube")]
    [InlineData("## Attendees\n\n- Ana Lima, Bo Chen, Cy Dube")]
    [InlineData("**Present:** Ana Lima | Bo Chen | Cy Dube")]
    [InlineData("## Attendees\n\n- Ana Lima\n- Invited guests\n    - Bo Chen\n    - Cy Dube")]
    public void EveryoneARosterNamesIsAnAttendeeWhateverItsShape(string roster)
    {
        var call = Notes.Single($"# Team sync 2024-08-01\n\n{roster}\n\n## Agenda\n\n- Budget\n");

        Assert.Equal(["Ana Lima", "Bo Chen", "Cy Dube"], call.Attendees.Select(a => a.Name));
        Assert.Equal(["Budget"], call.Agenda.Select(a => a.Title));
    }

    [Theory]
    [InlineData("## Attendees\n\n- Jane Doe, Red Hat")]
    [InlineData("## Attendees\n\n- Jane Doe\n  - said the release is late")]
    [InlineData("## Attendees\n\n1. - Jane Doe")]
    public void ANameAndItsOrganisationOrNotesAreOnePerson(string roster)
    {
        var call = Notes.Single($"# Team sync 2024-08-01\n\n{roster}\n\n## Agenda\n\n- Budget\n");

        Assert.Equal(["Jane Doe"], call.Attendees.Select(a => a.Name));
    }

    [Theory]
    [InlineData("- [Ana Lima](https://www.linkedin.com/in/analima)", "Ana Lima")]
    [InlineData("- Ana Lima - [@analima](https://twitter.com/analima)", "Ana Lima")]
    [InlineData("- Ana Lima ([GitLab](https://gitlab.com/analima))", "Ana Lima")]
    public void ALinkToAnotherSiteThanGitHubGivesNoHandle(string line, string name)
    {
        var call = Notes.Single($"# Team sync 2024-10-01\n\n## Attendees\n\n{line}\n");

        var person = Assert.Single(call.Attendees);
        Assert.Equal((name, (string?)null), (person.Name, person.Handle));
    }
}
