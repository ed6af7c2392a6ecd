using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Corpus;

/// <summary>
/// The parser against the hand-checked labels of 12 real Falco notes, read with no settings at all and with
/// Falco's own (examples/falco: series rules that give the labels' exact series names).
/// </summary>
// Slow: ../shared.
[Trait("Category", "Slow")]
public sealed class GoldCorpusTests(ITestOutputHelper output)
{
    private static readonly Lazy<ArchiveLoader.Result> Falco = new(() => ArchiveLoader.Load(SharedCorpus.FalcoNotes, SharedCorpus.FalcoSettings));
    private static readonly Lazy<ArchiveLoader.Result> FalcoWithNoSettings = new(() => ArchiveLoader.Load(SharedCorpus.FalcoNotes));

    [Fact]
    public void AllRealNotesParseWithoutErrors()
    {
        var result = Falco.Value;

        Assert.Equal(83, result.NoteCount);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ScoresAtLeast099F1AgainstGoldWithNoMeetingMissingOrInvented(bool withFalcosSettings)
    {
        var score = new GoldScore((withFalcosSettings ? Falco : FalcoWithNoSettings).Value.Archive);

        foreach (var gold in GoldFile.LoadAll(SharedCorpus.Gold)) score.Score(gold);

        output.WriteLine($"F1 {score.F1:F4} (tp {score.TruePositives}, fp {score.FalsePositives}, fn {score.FalseNegatives})");
        foreach (var d in score.Differences) output.WriteLine(d);
        Assert.Empty(score.Missing);
        Assert.Empty(score.Invented);
        Assert.Empty(score.DatesDisputed);
        Assert.True(score.F1 >= 0.99, $"F1 {score.F1:F4} < 0.99:\n{string.Join('\n', score.Differences)}");
    }

    [Fact]
    public void CancelledCallsMatchTheGoldLabels()
    {
        var score = new GoldScore(Falco.Value.Archive);

        foreach (var gold in GoldFile.LoadAll(SharedCorpus.Gold)) score.Score(gold);

        Assert.Equal(0, score.CancelledMismatches);
    }
}
