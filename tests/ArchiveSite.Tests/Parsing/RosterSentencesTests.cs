using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Parsing;

/// <summary>
/// Rosters written as prose rather than as a label and a list: a label before a dash, and a sentence of who came. Both
/// read nobody, or only the first name of the sentence (the rest silently dropped), before.
/// </summary>
public sealed class RosterSentencesTests
{
    private static IEnumerable<string?> AttendeesOf(string roster) =>
        Notes.Single($"# Sync 2024-03-01\n\n{roster}\n").Attendees.Select(a => a.Name);

    [Theory]
    [InlineData("Attendees - Ana Lima, Bo Chen, Cy Dube")]
    [InlineData("**Participants** – Ana Lima, Bo Chen, Cy Dube")]
    [InlineData("## Attendees\n\nAna Lima, Bo Chen, and Cy Dube attended.")]
    [InlineData("## Attendance\n\nAna Lima, Bo Chen and Cy Dube were present.")]
    [InlineData("## Attendees\n\nAna Lima, Bo Chen, Cy Dube, attended.")]
    public void EveryoneTheProseNamesCame(string roster) => Assert.Equal(["Ana Lima", "Bo Chen", "Cy Dube"], AttendeesOf(roster));

    [Theory]
    [InlineData("Present - the new roadmap to the board")]
    [InlineData("## Attendees\n\nEveryone from the core team attended.")]
    public void ProseThatNamesNoOneIsNoRoster(string text) => Assert.Empty(AttendeesOf(text));

    [Fact]
    public void ASentenceOfWhoCameThatNamesNoOneIsReported()
    {
        var (_, diagnostics) = Notes.Parse("# Sync 2024-03-01\n\n## Attendees\n\nThe whole core team attended.\n");

        Assert.Contains(diagnostics, d => d.Line == 5 && d.Message.StartsWith("'The whole core team attended.' under Attendees names nobody", StringComparison.Ordinal));
    }
}
