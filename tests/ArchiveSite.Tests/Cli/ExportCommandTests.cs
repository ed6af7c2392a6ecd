using System.Text.Json;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Cli;

/// <summary><c>archive-site export</c> as a process: the JSON contract, stderr diagnostics and exit codes.</summary>
public sealed class ExportCommandTests
{
    [Fact]
    [Trait("Category", "Slow")] // ../shared, the CLI as a process
    public void ExportsTheRealNotesAsJsonInTheDocumentedShape()
    {
        var result = CliRunner.Run("export", "--content", SharedCorpus.FalcoNotes, "--config", SharedCorpus.FalcoSettings);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        var meeting = json.RootElement.GetProperty("meetings").EnumerateArray()
            .Single(m => m.GetProperty("id").GetString() == "2020-05-13-community-call");
        Assert.Equal("2020-05-13", meeting.GetProperty("date").GetString());
        Assert.Equal("community-call", meeting.GetProperty("series").GetString());
        Assert.False(meeting.GetProperty("cancelled").GetBoolean());
        Assert.False(meeting.GetProperty("upcoming").GetBoolean());
        var source = meeting.GetProperty("sources")[0];
        Assert.Equal("2020-05-13.md", source.GetProperty("file").GetString());
        Assert.Equal(7, source.GetProperty("line").GetInt32());
        Assert.Equal(["nibalizer"], meeting.GetProperty("mc").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("leogr", meeting.GetProperty("attendees").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(meeting.GetProperty("refs").EnumerateArray(), r =>
            r.GetProperty("owner").GetString() == "falcosecurity" && r.GetProperty("repo").GetString() == "falco"
            && r.GetProperty("number").GetInt32() == 1191 && r.GetProperty("kind").GetString() == "pull");
        var leogr = json.RootElement.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("key").GetString() == "leogr");
        Assert.Equal("Leonardo Grasso", leogr.GetProperty("name").GetString());
        Assert.Equal("leogr", leogr.GetProperty("github").GetString());
        Assert.True(json.RootElement.GetProperty("refs").GetArrayLength() > 100);
        // The series rules of --config's file: release-*.md notes are community calls, the roadmap call its own series.
        Assert.Equal("community-call", json.RootElement.GetProperty("meetings").EnumerateArray()
            .First(m => m.GetProperty("sources")[0].GetProperty("file").GetString() == "release-0.28.0.md").GetProperty("series").GetString());
        Assert.Contains(json.RootElement.GetProperty("series").EnumerateArray(), s => s.GetProperty("slug").GetString() == "roadmap");
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void WritesToAFileAndPrintsEveryErrorOnStderrWithExitCode1()
    {
        using var content = new TempFolder();
        content.Write("2020-05-13.md", "## 2020-05-13\n");
        content.Write("undated.md", "# Notes\n");
        content.Write("broken.md", "---\ntitle: [\n---\n");
        var output = Path.Combine(content.Path, "out.json");

        var result = CliRunner.Run("export", "--content", content.Path, "--output", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken.md:2:8: error: front matter is not valid YAML", result.StdErr);
        Assert.Contains("undated.md:1:1: error: no date found for this call", result.StdErr);
        Assert.Contains("2 error(s), 0 warning(s)", result.StdErr);
        Assert.Single(JsonDocument.Parse(File.ReadAllText(output)).RootElement.GetProperty("meetings").EnumerateArray());
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void HelpShowsExamples()
    {
        var result = CliRunner.Run("export", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("archive-site export --content ../notes --output meetings.json", result.StdOut);
    }
}

/// <summary>The example notes in <c>content/</c> show every supported style and must stay clean.</summary>
public sealed class ExampleContentTests
{
    [Fact]
    public void ExampleContentLoadsWithoutErrorsOrWarnings()
    {
        var result = ArchiveLoader.Load(Path.Combine(RepositoryRoot.Path, "content"));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(Checking.NoteChecker.Check(Path.Combine(RepositoryRoot.Path, "content")).Diagnostics);
        Assert.Equal(6, result.Archive.Meetings.Count);
        var officeHours = result.Archive.MeetingsById["2024-02-01-office-hours"];
        Assert.Equal(["ada-l", "grace-h"], officeHours.Attendees);
        Assert.Equal(["grace-h"], officeHours.Agenda[1].Presenters);
        Assert.Equal(["grace-h"], result.Archive.MeetingsById["2023-12-13-community-call"].Agenda[0].Presenters);
        Assert.Equal(["alan-t"], result.Archive.MeetingsById["2024-01-10-community-call"].Agenda[1].Presenters);
        Assert.True(result.Archive.MeetingsById["2023-12-20-community-call"].Cancelled);
    }
}
