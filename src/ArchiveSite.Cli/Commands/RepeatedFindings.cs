using System.Globalization;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Cli.Commands;

/// <summary>
/// The findings a log shows: of a kind (<see cref="FindingKind"/>) found more than <see cref="GroupedAbove"/>
/// times, the first <see cref="ShownPerKind"/>, then one line that counts the rest, so 627 notes linking to
/// ../README.md do not bury the one misdated copy. <c>--verbose</c> shows every finding.
/// </summary>
internal static class RepeatedFindings
{
    public const int ShownPerKind = 3;
    public const int GroupedAbove = 5;

    /// <summary>A finding to show, and after it, for the last one shown of a large kind, the line that counts the rest.</summary>
    public sealed record Entry(Diagnostic Finding, string? RestOfKind);

    public static IReadOnlyList<Entry> Select(IReadOnlyList<Diagnostic> findings, bool verbose)
    {
        if (verbose) return [.. findings.Select(f => new Entry(f, null))];
        var kinds = findings.GroupBy(f => (f.Severity, Kind: FindingKind.Of(f.Message)))
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Notes: g.Select(f => f.File).Distinct(StringComparer.Ordinal).Count()));
        var shown = new Dictionary<(Severity, string), int>();
        var entries = new List<Entry>();
        foreach (var finding in findings)
        {
            var key = (finding.Severity, FindingKind.Of(finding.Message));
            var (count, notes) = kinds[key];
            if (count <= GroupedAbove)
            {
                entries.Add(new Entry(finding, null));
                continue;
            }
            var index = shown[key] = shown.GetValueOrDefault(key) + 1;
            if (index > ShownPerKind) continue;
            entries.Add(new Entry(finding, index < ShownPerKind ? null : string.Create(CultureInfo.InvariantCulture,
                $"… and {count - ShownPerKind} more like this ({key.Item2}): {count} in {notes} {(notes == 1 ? "note" : "notes")}; --verbose prints every one")));
        }
        return entries;
    }
}
