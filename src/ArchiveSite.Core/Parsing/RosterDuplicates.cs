using ArchiveSite.Text;

namespace ArchiveSite.Parsing;

/// <summary>
/// One person listed two or three ways in one call's roster, as video-call exports do (<c>Marius</c> and <c>Marius
/// Van Der Wijden</c>, <c>Proto</c> and <c>Protolambda</c>, <c>Peter Szilagyi</c> and <c>Péter Szilágyi</c>,
/// <c>Guilaume</c> and <c>Guillaume</c>, <c>hdrewes</c> and <c>Holger Drewes</c>): one attendee, under the fuller form.
/// Two names that merely look alike (<c>Jochem</c> and <c>Jochen</c>, <c>Jan Nowak</c> and <c>Jon Nowak</c>) stay two
/// people: a slip counts only in a single name of eight letters or more, or in one word of six or more of a name
/// whose other words are the same.
/// </summary>
internal static class RosterDuplicates
{
    /// <summary>Past this many entries a roster is not compared pair by pair (the cost stays linear in the note).</summary>
    private const int MostCompared = 300;

    public static List<PersonEntry> Merge(List<PersonEntry> entries)
    {
        if (entries.Count < 2 || entries.Count > MostCompared) return entries;
        var names = entries.Select(e => e.Name is null ? null : Key(e.Name)).ToList();
        var dropped = new bool[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            if (names[i] is not { } shorter || entries[i].Handle is not null) continue;
            for (var j = 0; j < entries.Count; j++)
            {
                if (i == j || dropped[j] || names[j] is not { } fuller || !IsShortFormOf(shorter, fuller, entries[j].Handle)) continue;
                // Two forms as long as each other ("Peter Szilagyi", "Péter Szilágyi"; "Holger", "Holder"): the later one goes.
                if (shorter.Length == fuller.Length && j > i) continue;
                dropped[i] = true;
                break;
            }
        }
        return dropped.Contains(true) ? entries.Where((_, i) => !dropped[i]).ToList() : entries;
    }

    private static bool IsShortFormOf(string shorter, string fuller, string? fullerHandle)
    {
        if (shorter == fuller) return true;
        if (fullerHandle is not null && shorter.Replace(" ", "", StringComparison.Ordinal).Equals(fullerHandle, StringComparison.OrdinalIgnoreCase)) return true;
        var (a, b) = (shorter.Split(' '), fuller.Split(' '));
        // "Marius" / "Marius Van Der Wijden": the first words of the fuller name.
        if (a.Length < b.Length && a.SequenceEqual(b.Take(a.Length))) return true;
        // "Proto" / "Protolambda", "Crypdough" / "Crypdough.eth": one word that starts the other, four letters or more.
        if (a.Length == 1 && b.Length == 1 && a[0].Length >= 4 && b[0].Length > a[0].Length && b[0].StartsWith(a[0], StringComparison.Ordinal)) return true;
        // "hdrewes", "holger.drewes": the name run together, or its initial and surname.
        if (a.Length == 1 && b.Length >= 2)
        {
            var joined = a[0].Replace(".", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            if (joined == string.Concat(b) || joined.Length >= 5 && joined == b[0][0] + b[^1]) return true;
        }
        // A slip: one word of eight letters or more ("Guilaume"), or one word of six or more among words otherwise the
        // same ("Holder Drewes"). Never two differing words, and never a short one ("Jan Nowak" is not "Jon Nowak").
        if (a.Length != b.Length || shorter.Length > fuller.Length) return false;
        var differing = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        return differing.Count == 1 && NameResemblance.IsSlip(a[differing[0]], b[differing[0]], shortestWithOneSlip: a.Length == 1 ? 8 : 6);
    }

    private static string Key(string name) => PersonNames.Normalize(name);
}
