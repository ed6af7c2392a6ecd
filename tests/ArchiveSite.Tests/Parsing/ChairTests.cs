using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Parsing;

/// <summary>The chair (the model's MC) as call series name them: a heading "Moderator: Name", "Chair:", "Facilitator:".</summary>
public sealed class ChairTests
{
    [Theory]
    [InlineData("### Moderator: Danny Ryan", new[] { "Danny Ryan" })]
    [InlineData("### Chair: Ana Lima", new[] { "Ana Lima" })]
    [InlineData("### Moderator: James Hancock and Hudson Jameson", new[] { "James Hancock", "Hudson Jameson" })]
    public void AHeadingThatNamesTheChairGivesTheCallItsChair(string heading, string[] chairs)
    {
        var call = Notes.Single($"# Consensus Layer Call 42\n\n### Meeting Date/Time: Thursday 2020/7/2 at 14:00 UTC\n{heading}\n### Notes: Ben Edgington\n\n## Agenda\n- Client updates\n", "call_042.md");

        Assert.Equal(chairs, call.Mcs.Select(m => m.Name));
        Assert.Empty(call.Attendees);
    }

    [Theory]
    [InlineData("### Notes: Ben Edgington")]
    [InlineData("## Chair's report")]
    [InlineData("### Moderated breakout: rollups")]
    public void OtherHeadingsNameNoChair(string heading)
    {
        var call = Notes.Single($"# Consensus Layer Call 42\n\n### Meeting Date/Time: Thursday 2020/7/2 at 14:00 UTC\n{heading}\n\n- Client updates\n", "call_042.md");

        Assert.Empty(call.Mcs);
    }

    [Fact]
    public void ALegendOfInitialsOutsideTheRosterNamesNoChair()
    {
        var call = Notes.Single("# Council Meeting 2024-06-19\n\n## Notes\n\nMB: Myles Borins\nMC: Matteo Collina\nJS: Joe Sepi\n");

        Assert.Empty(call.Mcs);
    }

    [Fact]
    public void AChairOnALaterLineOfAParagraphIsRead()
    {
        var call = Notes.Single("# Community Call 2024-06-19\n\n### Closing\n\n**Recording**: [Play](https://example.com/v)\n**MC Next Call**: Kris Nova\n");

        Assert.Equal(["Kris Nova"], call.NextMc.Select(m => m.Name));
    }
}
