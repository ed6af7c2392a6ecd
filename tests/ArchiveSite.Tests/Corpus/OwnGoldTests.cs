using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Corpus;

/// <summary>
/// OpenJS CPC and Rust compiler-team notes against gold we labelled by reading each note in full
/// (<c>Corpus/Gold/&lt;corpus&gt;/</c>, in the shape of the Ethereum gold: calls, attendees, chairs, references
/// including bare <c>#N</c> whose repository the text makes clear, and speakers). Unlike silver, these labels do
/// not share the reader's blind spots. F1 per field is printed; the floors hold what the readers reach today.
/// </summary>
// Slow: ../shared.
[Trait("Category", "Slow")]
public sealed class OwnGoldTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("openjs-cpc", "meetings", 0.99, 0.90)]
    [InlineData("rust-compiler-team", "minutes", 0.97, 1.0)]
    [InlineData("ethereum-acd", "notes", 0.98, 0.99)]
    public void ReadsOurGoldNotesWithNoConfiguration(string corpus, string notes, double f1Floor, double speakersFloor)
    {
        var result = ArchiveLoader.Load(Path.Combine(SharedCorpus.Directory, corpus, notes));
        var score = new GoldScore(result.Archive, scoreSeries: false);

        foreach (var gold in GoldFile.LoadAll(Path.Combine(AppContext.BaseDirectory, "Corpus", "Gold", corpus))) score.Score(gold);

        output.WriteLine($"{corpus}: F1 {score.F1:F4} (tp {score.TruePositives}, fp {score.FalsePositives}, fn {score.FalseNegatives})");
        foreach (var line in score.FieldLines) output.WriteLine(line);
        foreach (var d in score.Differences) output.WriteLine(d);
        Assert.Empty(score.Missing);
        Assert.Empty(score.Invented);
        Assert.Empty(score.DatesDisputed);
        Assert.True(score.F1 >= f1Floor, $"F1 {score.F1:F4}");
        Assert.True(score.Speakers.F1 >= speakersFloor || score.Speakers.TruePositives + score.Speakers.FalseNegatives + score.Speakers.FalsePositives == 0, $"speakers F1 {score.Speakers.F1:F4}");
    }
}
