using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Parsing;

/// <summary>
/// What a roster says about people it does not name ("et al.", "+ 5 others", "Total: 12", "(others joined late)")
/// is no person, and does not hide the people it does name.
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
}
