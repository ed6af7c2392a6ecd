using ArchiveSite.Model;
using ArchiveSite.Text;

namespace ArchiveSite.Tests.Corpus;

/// <summary>
/// Precision, recall and F1 of the archive against gold labels, counted over items: each meeting,
/// its series, each MC, each attendee and each reference. Gold person keys that are names ("Spencer
/// Krum") are looked up among the archive's people by name and alias, because the archive resolves a
/// name to the handle the same name carries elsewhere.
/// </summary>
/// <param name="scoreSeries">False for silver labels, whose series only says which folder a note sits in.</param>
/// <param name="linksOnly">
/// True for silver labels, whose references are by definition the GitHub pull/issue links in a note: only the
/// references a call links are compared with them, and those it only writes as text (<c>#123</c>, <c>rust#123</c>),
/// which the Falco gold does label, are counted in <see cref="TextOnlyReferences"/> instead.
/// </param>
public sealed class GoldScore(Archive archive, bool scoreSeries = true, bool linksOnly = false)
{
    public int TextOnlyReferences { get; private set; }

    /// <summary>Notes of one call whose date differs from the label's (scored as a miss on the date).</summary>
    public List<string> DatesDisputed { get; } = [];

    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }
    public List<string> Missing { get; } = [];
    public List<string> Invented { get; } = [];
    public List<string> Differences { get; } = [];
    public int CancelledMismatches { get; private set; }

    public double F1 => TruePositives == 0 ? 0 : 2.0 * TruePositives / (2.0 * TruePositives + FalsePositives + FalseNegatives);

    /// <summary>Counts per field (calls, series, mc, attendees, refs, and speakers where the labels give them).</summary>
    /// <remarks>Speakers are scored apart: they are not in <see cref="F1"/>, which stays the issue's calls + people + references.</remarks>
    public SortedDictionary<string, FieldCount> Fields { get; } = new(StringComparer.Ordinal);

    public FieldCount Speakers => Fields.GetValueOrDefault("speakers") ?? new FieldCount();

    /// <summary>One line per field: <c>attendees F1 0.9712 (tp 300, fp 4, fn 14)</c>.</summary>
    public IEnumerable<string> FieldLines => Fields.Select(f => $"{f.Key,-10} F1 {f.Value.F1:F4} (tp {f.Value.TruePositives}, fp {f.Value.FalsePositives}, fn {f.Value.FalseNegatives})");

    private readonly Dictionary<string, List<string>> _keyByName = BuildNameIndex(archive);

    public void Score(GoldFile gold)
    {
        var ours = archive.Meetings
            .SelectMany(m => m.Sources.Where(s => s.File == gold.File).Select(s => (Meeting: m, s.Line)))
            .OrderBy(x => x.Line).Select(x => x.Meeting).ToList();
        foreach (var g in gold.Meetings)
        {
            var match = ours.FirstOrDefault(m => m.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == g.Date);
            // A note of one call that we date differently is the same call with its date disputed: a miss on the
            // date, not a call lost (the silver labels date by path, where a note's text may say otherwise).
            if (match is null && gold.Meetings.Count == 1 && ours.Count == 1)
            {
                match = ours[0];
                DatesDisputed.Add($"{gold.File}: labelled {g.Date}, ours {match.Date:yyyy-MM-dd}");
            }
            if (match is null)
            {
                Missing.Add($"{gold.File}: {g.Date}");
                Count("calls", 0, 0, 1);
                if (scoreSeries) Count("series", 0, 0, 1);
                Count("mc", 0, 0, g.Mc.Count);
                if (g.Roster) Count("attendees", 0, 0, g.Attendees.Count);
                Count("refs", 0, 0, g.Refs.Count);
                if (g.Speakers is not null) Count("speakers", 0, 0, g.Speakers.Count);
                continue;
            }
            ours.Remove(match);
            var where = $"{gold.File} {g.Date}";
            if (match.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == g.Date) Count("calls", 1, 0, 0);
            else Count("calls", 0, 1, 1);
            if (scoreSeries) Compare(where, "series", [g.Series], [match.Series]);
            Compare(where, "mc", g.Mc.Select(k => Key(k, match.Mcs)), match.Mcs);
            // Silver labels leave attendees out where they found no roster section.
            if (g.Roster) Compare(where, "attendees", g.Attendees.Select(k => Key(k, match.Attendees)), match.Attendees);
            var references = match.References.Where(r => !linksOnly || r.Kind != ReferenceKind.Unknown).Select(r => r.Key.ToString()).ToHashSet(StringComparer.Ordinal);
            TextOnlyReferences += match.References.Select(r => r.Key.ToString()).Distinct().Count(k => !references.Contains(k));
            Compare(where, "refs", g.Refs, references);
            if (g.Speakers is not null)
            {
                var spoke = match.Statements.Select(st => st.Person).Distinct(StringComparer.Ordinal).ToList();
                Compare(where, "speakers", g.Speakers.Select(k => Key(k, spoke)), spoke);
            }
            if (g.Cancelled != match.Cancelled)
            {
                CancelledMismatches++;
                Differences.Add($"{where} cancelled: gold {g.Cancelled}, ours {match.Cancelled}");
            }
        }
        foreach (var m in ours)
        {
            Invented.Add($"{gold.File}: {m.Id}");
            Count("calls", 0, 1, 0);
            if (scoreSeries) Count("series", 0, 1, 0);
            Count("mc", 0, m.Mcs.Count, 0);
            Count("attendees", 0, m.Attendees.Count, 0);
            Count("refs", 0, m.References.Select(r => r.Key).Distinct().Count(), 0);
        }
    }

    private void Compare(string where, string field, IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var e = expected.ToHashSet(StringComparer.Ordinal);
        var a = actual.ToHashSet(StringComparer.Ordinal);
        var common = e.Count(a.Contains);
        Count(field, common, a.Count - common, e.Count - common);
        var missing = e.Where(x => !a.Contains(x)).Order().ToList();
        var extra = a.Where(x => !e.Contains(x)).Order().ToList();
        if (missing.Count + extra.Count > 0)
            Differences.Add($"{where} {field}: missing [{string.Join(", ", missing)}] extra [{string.Join(", ", extra)}]");
    }

    private void Count(string field, int truePositives, int falsePositives, int falseNegatives)
    {
        if (!Fields.TryGetValue(field, out var count)) Fields[field] = count = new FieldCount();
        count.Add(truePositives, falsePositives, falseNegatives);
        if (field == "speakers") return;
        TruePositives += truePositives;
        FalsePositives += falsePositives;
        FalseNegatives += falseNegatives;
    }

    // A gold name that several of our people carry counts as the one this meeting has, if any.
    private string Key(string goldKey, IReadOnlyList<string> actual)
    {
        var lower = goldKey.ToLowerInvariant();
        if (archive.PeopleByKey.ContainsKey(lower)) return lower;
        var candidates = _keyByName.GetValueOrDefault(PersonNames.Normalize(goldKey)) ?? [];
        return candidates.FirstOrDefault(actual.Contains) ?? candidates.FirstOrDefault() ?? Slug.From(goldKey);
    }

    private static Dictionary<string, List<string>> BuildNameIndex(Archive archive)
    {
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var p in archive.People)
            foreach (var name in p.Aliases.Prepend(p.Name))
            {
                var normalized = PersonNames.Normalize(name);
                if (!index.TryGetValue(normalized, out var keys)) index[normalized] = keys = [];
                keys.Add(p.Key);
            }
        return index;
    }
}

/// <summary>Precision and recall counts of one field.</summary>
public sealed class FieldCount
{
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }
    public double F1 => TruePositives == 0 ? 0 : 2.0 * TruePositives / (2.0 * TruePositives + FalsePositives + FalseNegatives);

    public void Add(int truePositives, int falsePositives, int falseNegatives) =>
        (TruePositives, FalsePositives, FalseNegatives) = (TruePositives + truePositives, FalsePositives + falsePositives, FalseNegatives + falseNegatives);
}
