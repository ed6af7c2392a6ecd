using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Corpus;

/// <summary>
/// Ethereum's All Core Devs notes (transcripts, dates inside the notes, moderators, speaker labels of many forms)
/// read with no settings, against 15 hand-checked gold notes: F1 per field printed, and floors that hold what the
/// readers reach today so a rule that loses calls, people or speakers fails here.
/// </summary>
// Slow: ../shared.
[Trait("Category", "Slow")]
public sealed class EthereumGoldTests(ITestOutputHelper output)
{
    private static readonly Lazy<ArchiveLoader.Result> Ethereum = new(() => ArchiveLoader.Load(Path.Combine(SharedCorpus.Directory, "ethereum-acd", "notes")));

    [Fact]
    public void ReadsTheGoldNotesWithNoConfiguration()
    {
        var result = Ethereum.Value;
        var score = new GoldScore(result.Archive, scoreSeries: false);

        foreach (var gold in GoldFile.LoadAll(Path.Combine(SharedCorpus.Directory, "ethereum-acd", "gold"))) score.Score(gold);

        output.WriteLine($"ethereum-acd: F1 {score.F1:F4} (tp {score.TruePositives}, fp {score.FalsePositives}, fn {score.FalseNegatives}); {result.NoteCount} notes, {result.Archive.Meetings.Count} calls");
        foreach (var line in score.FieldLines) output.WriteLine(line);
        foreach (var d in score.Differences) output.WriteLine(d);
        foreach (var m in score.Missing) output.WriteLine($"missing call: {m}");
        foreach (var m in score.DatesDisputed) output.WriteLine($"date disputed: {m}");
        foreach (var m in score.Invented) output.WriteLine($"invented call: {m}");
        // Two notes cannot be dated by any rule: one leaves its date line empty, one is a page about the archive
        // itself. Every other note is a call, dated.
        var errors = result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).ToList();
        foreach (var e in errors) output.WriteLine(e.ToString());
        Assert.All(errors, e => Assert.StartsWith("no date found", e.Message, StringComparison.Ordinal));
        Assert.True(errors.Count <= 2, $"{errors.Count} notes undated");
        Assert.Empty(score.Missing);
        Assert.Empty(score.Invented);
        Assert.True(score.F1 >= 0.99, $"F1 {score.F1:F4}");
        Assert.True(score.Speakers.F1 >= 0.89, $"speakers F1 {score.Speakers.F1:F4}");
    }
}
