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
    public void WhoSentRegretsIsNoAttendeeAndNoTopic(string regrets)
    {
        var call = Notes.Single($"# Steering Committee 2024-06-11\n\n## Attendees\n\n- Ana Lima\n- Bo Chen\n\n{regrets}\n\n## Agenda\n\n- Budget\n");

        Assert.Equal(["Ana Lima", "Bo Chen"], call.Attendees.Select(a => a.Name));
        Assert.Equal(["Budget"], call.Agenda.Select(a => a.Title));
    }

    [Fact]
    public void LabelsAloneOverTheirNamesSayWhatTheNamesAre()
    {
        var call = Notes.Single("# Widgets Working Group 2024-03-07\n\n## Attendees\n\nPresent\n: Ana Lima, Bo Chen, Cy Dube\n\nRegrets\n: Di Ekwe\n\nChair\n: Ana Lima\n\nScribe\n: Bo Chen\n");

        Assert.Equal(["Ana Lima", "Bo Chen", "Cy Dube"], call.Attendees.Select(a => a.Name));
        Assert.Equal(["Ana Lima"], call.Mcs.Select(a => a.Name));
    }
}
