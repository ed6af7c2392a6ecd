using ArchiveSite.Parsing;

namespace ArchiveSite.Tests.Parsing;

/// <summary>Pages show a call's date beside its title, so the title drops the date the note's heading carries.</summary>
public sealed class CallTitleTests
{
    [Theory]
    [InlineData("Falco Office hours - Meeting 6th June 2019", "Falco Office hours")]
    [InlineData("Falco Office Hours - Meeting 4th Sept 2019", "Falco Office Hours")]
    [InlineData("Falco Community Call - Meeting 08th Jan 2020", "Falco Community Call")]
    [InlineData("2023-11-02 Example Core Maintainers (monthly)", "Example Core Maintainers (monthly)")]
    [InlineData("Community call 2024-03-06", "Community call")]
    [InlineData("Release planning, March 6, 2024", "Release planning")]
    [InlineData("Falco Community Call (bi-weekly)", "Falco Community Call (bi-weekly)")]
    [InlineData("Meeting notes 2024", "Meeting notes 2024")]
    public void DropsTheDate(string title, string expected) => Assert.Equal(expected, CallTitle.WithoutDate(title));

    [Fact]
    public void ATitleThatIsOnlyADateLeavesNothing() => Assert.Null(CallTitle.WithoutDate("2020-05-13"));
}
