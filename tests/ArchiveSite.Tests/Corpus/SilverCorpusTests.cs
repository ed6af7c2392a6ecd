using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Corpus;

/// <summary>
/// Two other projects' real minutes, read with no configuration, against their mechanical silver labels
/// (SILVER.md): every call found and none invented, and F1 ≥ 0.98 over calls, attendees and references,
/// where a person's identity counts only when it is the right one (a handle lost is a miss). Silver labels
/// only linked references, so only those are compared; the Falco gold scores references written as text.
/// </summary>
public sealed class SilverCorpusTests(ITestOutputHelper output)
{
    [Theory]
    [Trait("Category", "Slow")] // ../shared
    [InlineData("openjs-cpc", "meetings")]
    [InlineData("rust-compiler-team", "minutes")]
    public void ReadsAnotherProjectsMinutesWithNoConfiguration(string project, string notesFolder)
    {
        var (notes, silver) = SharedCorpus.Project(project, notesFolder);
        var result = ArchiveLoader.Load(notes);
        var score = new GoldScore(result.Archive, scoreSeries: false, linksOnly: true);

        foreach (var labels in GoldFile.LoadAll(silver)) score.Score(labels);

        output.WriteLine($"{project}: F1 {score.F1:F4} (tp {score.TruePositives}, fp {score.FalsePositives}, fn {score.FalseNegatives}); {result.NoteCount} notes, {result.Archive.Meetings.Count} calls; {score.TextOnlyReferences} references written only as text, which silver does not label");
        foreach (var d in score.Differences) output.WriteLine(d);
        foreach (var m in score.Missing) output.WriteLine($"missing call: {m}");
        foreach (var m in score.DatesDisputed) output.WriteLine($"date disputed: {m}");
        foreach (var m in score.Invented) output.WriteLine($"invented call: {m}");
        foreach (var d in result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error)) output.WriteLine(d.ToString());
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Empty(score.Missing);
        Assert.True(score.F1 >= 0.98, $"{project}: F1 {score.F1:F4} < 0.98");
    }
}
