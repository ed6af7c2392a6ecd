using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Parsing;

/// <summary>
/// Who sent regrets, in the shapes boards and standards groups write it: never an attendee, never an agenda item,
/// never a person named after the label ("Regrets").
/// </summary>
public sealed class AbsenteesTests
{
    [Theory]
    [InlineData("Regrets: Cy Dube")]
    [InlineData("Absent: Cy Dube, Di Ekwe")]
    [InlineData("### Absent\n\n- Cy Dube")]
    [InlineData("**Apologies:**\n- Cy Dube")]
    [InlineData("Not present:\n\n- Cy Dube")]
    [InlineData("Regrets\n: Cy Dube")]
    [InlineData("### Unable to attend\n\nCy Dube")]
    [InlineData("Absent\n\n* Cy Dube")]
    [InlineData("**Regrets**\n\n* Cy Dube")]
    [InlineData("Directors Absent:\n- Cy Dube")]
    [InlineData("**TSC members absent:**\n\n- Cy Dube")]
    [InlineData("Members not present: Cy Dube")]
    [InlineData("### Absent Members\n\n- Cy Dube")]
    public void WhoSentRegretsIsNoAttendeeAndNoTopic(string regrets)
    {
        var call = Notes.Single($"# Steering Committee 2024-06-11\n\n## Attendees\n\n- Ana Lima\n- Bo Chen\n\n{regrets}\n\n## Agenda\n\n- Budget\n");

        Assert.Equal(["Ana Lima", "Bo Chen"], call.Attendees.Select(a => a.Name));
        Assert.Equal(["Budget"], call.Agenda.Select(a => a.Title));
    }

    [Theory]
    [InlineData("Directors Present:\n- Ana Lima\n- Bo Chen")]
    [InlineData("Remote attendees:\n\n- Ana Lima\n\n**In-person attendees:**\n\n- Bo Chen")]
    [InlineData("Executive Officers Present: Ana Lima\n\n### Guests\n\n- Bo Chen")]
    [InlineData("Present: Ana Lima\n\nAlso present: Bo Chen")]
    public void WhoCameIsReadWhateverPartOfTheGroupTheLabelNames(string roster)
    {
        var call = Notes.Single($"# Board Meeting 2024-03-20\n\n{roster}\n\n## Agenda\n\n- Budget\n\n### Demos to present\n\n- Widgets\n");

        Assert.Equal(["Ana Lima", "Bo Chen"], call.Attendees.Select(a => a.Name).Order());
        // A heading that only ends in "present" as a verb stays a topic's.
        Assert.Equal(["Budget", "Widgets"], call.Agenda.Select(a => a.Title));
    }

    [Theory]
    [InlineData("| Name | Present |\n|---|---|\n| Ana Lima | ✓ |\n| Bo Chen | yes |\n| Cy Dube | ✗ |\n| Di Ekwe | regrets |\n| Ed Fox | |")]
    [InlineData("| Name | Role | Attended? |\n|---|---|---|\n| Ana Lima | Chair | Y |\n| Bo Chen | Member | x |\n| Cy Dube | Member | N |\n| Di Ekwe | Member | absent |")]
    [InlineData("- [x] Ana Lima\n- [X] Bo Chen\n- [ ] Cy Dube\n- [ ] Di Ekwe")]
    [InlineData("| Name | Present |\n|---|---|\n| Ana Lima | [x] |\n| Bo Chen | [X] |\n| Cy Dube | [ ] |\n| Di Ekwe | [] |")]
    [InlineData("- Ana Lima (present)\n- Bo Chen\n- Cy Dube (absent)\n- Di Ekwe - regrets\n- Ed Fox (apologies)")]
    // The column headed by the call's date (or "Status"), its cells saying it in words.
    [InlineData("| Member | 03-05 |\n|---|---|\n| Ana Lima | present |\n| Bo Chen | Present |\n| Cy Dube | absent |\n| Di Ekwe | regrets |")]
    [InlineData("| Name | Org | Status |\n|---|---|---|\n| Ana Lima | Acme | present |\n| Bo Chen | Globex | ✓ |\n| Cy Dube | Initech | absent |")]
    public void ARollCallKeepsOnlyWhoItMarksPresentAndStaysInTheNotes(string rollCall)
    {
        var call = Notes.Single($"# Board Meeting 2024-03-05\n\n## Roll call\n\n{rollCall}\n\n## Agenda\n\n- Budget\n");

        Assert.Equal(["Ana Lima", "Bo Chen"], call.Attendees.Select(a => a.Name));
        Assert.Contains("Cy Dube", call.Markdown, StringComparison.Ordinal);
        Assert.Equal(["Budget"], call.Agenda.Select(a => a.Title));
        // A roll call's ticked boxes are who came, not tasks done.
        Assert.Empty(call.Actions);
    }

    [Fact]
    public void MarksAloneUnderAnotherHeaderAnswerAnotherQuestion()
    {
        // "Voting: yes / no" is not who came; nor is a table of two columns that could each be a date's roll call.
        var voting = Notes.Single("# Board Meeting 2024-03-05\n\n## Attendees\n\n| Name | Voting |\n|---|---|\n| Ana Lima | yes |\n| Bo Chen | no |\n");
        var (twoDates, diagnostics) = Notes.Parse("# Board Meeting 2024-03-05\n\n## Roll call\n\n| Name | 02-20 | 03-05 |\n|---|---|---|\n| Ana Lima | present | present |\n| Bo Chen | present | absent |\n");

        Assert.Equal(["Ana Lima", "Bo Chen"], voting.Attendees.Select(a => a.Name));
        Assert.Empty(Assert.Single(twoDates).Attendees);
        Assert.Contains(diagnostics, d => d.Message.Contains("2 columns that say present or absent (02-20, 03-05)", StringComparison.Ordinal));
    }

    [Fact]
    public void ALabelsAsideSaysNothingOfWhatItIs()
    {
        var call = Notes.Single("# Board Meeting 2024-03-05\n\nAttendees (in alphabetical order):\n\n1. Ana Lima\n2. Bo Chen\n\n## Agenda\n\n- Budget\n");

        Assert.Equal(["Ana Lima", "Bo Chen"], call.Attendees.Select(a => a.Name));
        Assert.Equal(["Budget"], call.Agenda.Select(a => a.Title));
    }

    [Fact]
    public void WhatARollCallDoesNotSayIsReportedNotGuessed()
    {
        var (calls, diagnostics) = Notes.Parse("# Board Meeting 2024-03-05\n\n## Roll call\n\n| Name | Present |\n|---|---|\n| Ana Lima | yes |\n| Bo Chen | maybe |\n\n"
            + "## Guests\n\n**Present:**\n\n- [ ] Cy Dube\n- [ ] Di Ekwe\n");

        Assert.Equal(["Ana Lima"], Assert.Single(calls).Attendees.Select(a => a.Name));
        Assert.Contains(diagnostics, d => d.Line == 8 && d.Message.Contains("'maybe' in the present column says neither present nor absent", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Line == 14 && d.Message.Contains("none of this roster's 2 boxes is ticked", StringComparison.Ordinal));
    }

    [Fact]
    public void LabelsAloneOverTheirNamesSayWhatTheNamesAre()
    {
        var call = Notes.Single("# Widgets Working Group 2024-03-07\n\n## Attendees\n\nPresent\n: Ana Lima, Bo Chen, Cy Dube\n\nRegrets\n: Di Ekwe\n\nChair\n: Ana Lima\n\nScribe\n: Bo Chen\n");

        Assert.Equal(["Ana Lima", "Bo Chen", "Cy Dube"], call.Attendees.Select(a => a.Name));
        Assert.Equal(["Ana Lima"], call.Mcs.Select(a => a.Name));
    }

    [Theory]
    [InlineData("Anwesend: Anna Schmidt, Bernd Müller\nEntschuldigt: Clara Weber\nProtokoll: Clara Weber")]
    [InlineData("Présents : Anna Schmidt, Bernd Müller\nExcusés : Clara Weber")]
    [InlineData("Asistentes: Anna Schmidt, Bernd Müller\nAusentes: Clara Weber")]
    public void RosterLabelsInOtherLanguagesReadAsInEnglish(string roster)
    {
        var call = Notes.Single($"# Vorstandssitzung 2024-03-05\n\n{roster}\n\n## Tagesordnung\n\n- Haushalt\n");

        Assert.Equal(["Anna Schmidt", "Bernd Müller"], call.Attendees.Select(a => a.Name));
    }
}
