using ArchiveSite.Parsing;

namespace ArchiveSite.Tests.Parsing;

/// <summary>What a note's path says of its date, in the folder layouts minutes repositories use, and what it leaves unsaid.</summary>
public sealed class PathDateTests
{
    [Theory]
    [InlineData("community/2024/03/08.md", "2024-03-08")]
    [InlineData("2024/march/08.md", "2024-03-08")]
    [InlineData("2025/wasmtime-05-08.md", "2025-05-08")]
    [InlineData("2024/CG-0130.md", "2024-01-30")]
    [InlineData("2024-04/08.md", "2024-04-08")]
    // A month's name in a file name, between dashes or underscores.
    [InlineData("jan-24-2024.md", "2024-01-24")]
    [InlineData("minutes/January_24th_2024.md", "2024-01-24")]
    [InlineData("24-jan-2024.md", "2024-01-24")]
    [InlineData("2024-jan-24.md", "2024-01-24")]
    [InlineData("tsc-2024_03_05.md", "2024-03-05")]
    public void ThePathDatesTheNote(string path, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PathDate.Read(path).Date);

    [Theory]
    [InlineData("roadmap-24-2024.md")] // no month's name: a word and two numbers
    [InlineData("notes-2024.md")]
    public void WordsAndNumbersThatAreNoDateDateNothing(string path) => Assert.Null(PathDate.Read(path).Date);

    [Theory]
    [InlineData("2024/15.md")]     // not 1 May: two digits alone are no month and day
    [InlineData("2024/03/notes.md")]
    public void ANameThatGivesNoDayLeavesTheDateToTheNote(string path)
    {
        var read = PathDate.Read(path);
        Assert.Null(read.Date);
        Assert.Equal(2024, read.Year);
    }
}
