using System.Text;
using ArchiveSite.Diagnostics;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Loading;

/// <summary>Notes that cannot be read get <c>file:line:column</c> errors that say how to fix them.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void ErrorsOnInvalidUtf8WithLineAndColumn()
    {
        using var content = new TempFolder();
        var bytes = Encoding.UTF8.GetBytes("## 2020-05-13\n\n- caf").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();
        content.WriteBytes("2020-05-13.md", bytes);

        var result = ArchiveLoader.Load(content.Path);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("2020-05-13.md:3:6: error: invalid UTF-8 byte 0xE9; save the file with UTF-8 encoding", error.ToString());
    }

    [Fact]
    public void ErrorsOnBrokenFrontMatterWithLine()
    {
        var (meetings, diagnostics) = Notes.Parse("---\ndate: 2020-05-13\ntitle: [unclosed\n---\n## 2020-05-13\n");

        Assert.Empty(meetings);
        var error = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("note.md:3:8", error.Location);
        Assert.Contains("front matter is not valid YAML", error.Message);
        Assert.Contains("fix the YAML between the '---' lines", error.Message);
    }

    [Fact]
    public void ErrorsOnUnclosedFrontMatter()
    {
        var (_, diagnostics) = Notes.Parse("---\ndate: 2020-05-13\n\n## 2020-05-13\n");

        Assert.Equal("note.md:1:1: error: front matter opened by '---' is never closed; add a line '---' after the last front matter line",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void ReadsARuleOnTheFirstLineAsMarkdownNotFrontMatter()
    {
        var (meetings, diagnostics) = Notes.Parse("---\n\n# Falco Community Call\n\n## 2021-01-20\n");

        Assert.Empty(diagnostics);
        Assert.Equal(new DateOnly(2021, 1, 20), Assert.Single(meetings).Date);
    }

    [Theory]
    [InlineData("next tuesday")]
    [InlineData("03/05/2024")]
    public void ErrorsOnFrontMatterDateThatIsNotADateOrCouldBeTwo(string date)
    {
        var (_, diagnostics) = Notes.Parse($"---\ntitle: x\ndate: {date}\n---\n");

        Assert.Equal($"note.md:3:1: error: front matter date '{date}' is not a date, or could be read two ways; write it as yyyy-mm-dd", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void ErrorsOnDeeplyNestedFrontMatterWithoutParsingIt()
    {
        var nested = "---\nx: " + new string('[', 5000) + new string(']', 5000) + "\n---\n## 2020-05-13\n";

        var (meetings, diagnostics) = Notes.Parse(nested);

        Assert.Empty(meetings);
        Assert.Contains("front matter is nested", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void ErrorsWhenNoDateIsAnywhere()
    {
        var (meetings, diagnostics) = Notes.Parse("# Falco Community Call\n\nSome notes.\n", "notes.md");

        Assert.Empty(meetings);
        Assert.Equal("notes.md:1:1: error: " + ArchiveSite.Parsing.NoteParser.NoDateMessage,
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void ReportsEveryBadNoteOfTheFolderInOneRun()
    {
        using var content = new TempFolder();
        content.Write("good.md", "## 2020-05-13\n");
        content.Write("no-date.md", "# Nothing\n");
        content.Write("bad-yaml.md", "---\ntitle: [\n---\n");
        content.WriteBytes("bad-utf8.md", [(byte)'#', 0xFF]);

        var result = ArchiveLoader.Load(content.Path);

        Assert.Equal(["bad-utf8.md", "bad-yaml.md", "no-date.md"], result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.File));
        Assert.Single(result.Archive.Meetings);
    }

    [Fact]
    [Trait("Category", "Slow")] // ../shared
    public void RepairsTheMisdecodedSeedNoteAndWarnsOnLine17()
    {
        using var content = new TempFolder();
        File.Copy(Path.Combine(SharedCorpus.Seed, "2020-05-13.md"), Path.Combine(content.Path, "2020-05-13.md"));
        var before = File.ReadAllBytes(Path.Combine(content.Path, "2020-05-13.md"));

        var result = ArchiveLoader.Load(content.Path);

        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("mis-decoded"));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(17, warning.Line);
        Assert.Contains("'- Kris Nóva ([@kris-nova](https://github.com/kris-nova))'", warning.Message);
        Assert.Equal("Kris Nóva", result.Archive.PeopleByKey["kris-nova"].Name);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(content.Path, "2020-05-13.md")));
    }

    [Fact]
    public void LeavesCorrectAccentedTextAlone()
    {
        var (meetings, diagnostics) = Notes.Parse("## 2020-05-13\n\n### Who joined\n\n- Néstor Salceda ([@nestorsalceda](https://github.com/nestorsalceda))\n- Ça va Øystein\n");

        Assert.Empty(diagnostics);
        Assert.Equal("Néstor Salceda", Assert.Single(meetings).Attendees[0].Name);
    }
}
