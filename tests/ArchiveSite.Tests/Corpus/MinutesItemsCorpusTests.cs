using System.Text.Json;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Corpus;

/// <summary>
/// Decisions and action items against hand labels (Corpus/Labels/decisions-and-actions.json: every item of each note,
/// read in full): precision, recall and owner accuracy per corpus, printed; the floors hold what the reader reaches.
/// An item matches a label on the same note and line; its owners are right when they are exactly the labelled ones.
/// </summary>
// Slow: ../shared.
[Trait("Category", "Slow")]
public sealed class MinutesItemsCorpusTests(ITestOutputHelper output)
{
    private sealed record Labelled(string Corpus, string Path, IReadOnlyList<int> Decisions, IReadOnlyList<(int Line, IReadOnlyList<string> Owners)> Actions);

    private static List<Labelled> Labels()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "Labels", "decisions-and-actions.json")));
        return doc.RootElement.GetProperty("notes").EnumerateArray().Select(n => new Labelled(
            n.GetProperty("corpus").GetString()!,
            n.GetProperty("path").GetString()!,
            n.GetProperty("decisions").EnumerateArray().Select(l => l.GetInt32()).ToList(),
            n.GetProperty("actions").EnumerateArray().Select(a => (a.GetProperty("line").GetInt32(),
                (IReadOnlyList<string>)a.GetProperty("owners").EnumerateArray().Select(o => o.GetString()!).ToList())).ToList())).ToList();
    }

    [Fact]
    public void DecisionsAndActionsMatchTheHandLabels()
    {
        var (decided, owed, ownersRight, ownersScored) = (new Tally(), new Tally(), 0, 0);
        foreach (var corpus in Labels().GroupBy(l => l.Corpus))
        {
            var archive = ArchiveLoader.Load(Path.Combine(SharedCorpus.Directory, corpus.Key)).Archive;
            var (d, a) = (new Tally(), new Tally());
            foreach (var note in corpus)
            {
                var calls = archive.Meetings.Where(m => m.Sources.Any(s => s.File == note.Path)).ToList();
                var decisions = calls.SelectMany(m => m.Decisions).Where(x => x.Source.File == note.Path).Select(x => x.Source.Line).ToHashSet();
                var actions = calls.SelectMany(m => m.Actions).Where(x => x.Source.File == note.Path).ToDictionary(x => x.Source.Line, x => x.Owners);
                d.Add(note.Path, "decision", note.Decisions.ToHashSet(), decisions, output);
                a.Add(note.Path, "action", note.Actions.Select(x => x.Line).ToHashSet(), actions.Keys.ToHashSet(), output);
                foreach (var (line, owners) in note.Actions.Where(x => actions.ContainsKey(x.Line)))
                {
                    ownersScored++;
                    if (owners.Order().SequenceEqual(actions[line].Order())) ownersRight++;
                    else output.WriteLine($"{note.Path}:{line}: owners [{string.Join(", ", actions[line])}], labelled [{string.Join(", ", owners)}]");
                }
            }
            output.WriteLine($"{corpus.Key}: decisions {d}; actions {a}");
            decided.Add(d);
            owed.Add(a);
        }
        output.WriteLine($"all: decisions {decided}; actions {owed}; owners right {ownersRight}/{ownersScored}");
        Assert.True(decided.Precision >= 0.95 && owed.Precision >= 0.95, $"precision: decisions {decided}, actions {owed}");
        Assert.True(decided.Recall >= 0.80 && owed.Recall >= 0.80, $"recall: decisions {decided}, actions {owed}");
        Assert.True(ownersRight >= 0.95 * ownersScored, $"owners right {ownersRight}/{ownersScored}");
    }

    private sealed class Tally
    {
        private int _found, _right, _labelled;

        public double Precision => _found == 0 ? 1 : (double)_right / _found;
        public double Recall => _labelled == 0 ? 1 : (double)_right / _labelled;

        public void Add(string note, string kind, HashSet<int> labelled, HashSet<int> found, ITestOutputHelper output)
        {
            _found += found.Count;
            _labelled += labelled.Count;
            _right += found.Count(labelled.Contains);
            foreach (var line in found.Where(l => !labelled.Contains(l)).Order()) output.WriteLine($"{note}:{line}: read as a {kind}, not labelled one");
            foreach (var line in labelled.Where(l => !found.Contains(l)).Order()) output.WriteLine($"{note}:{line}: labelled a {kind}, not read");
        }

        public void Add(Tally other) => (_found, _right, _labelled) = (_found + other._found, _right + other._right, _labelled + other._labelled);

        public override string ToString() => $"precision {Precision:F2} recall {Recall:F2} ({_right} right of {_found} read, {_labelled} labelled)";
    }
}
