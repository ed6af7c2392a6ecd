using ArchiveSite.Model;
using ArchiveSite.Text;

namespace ArchiveSite.Authoring;

/// <summary>
/// People the archive keeps apart who may be one human: a misspelt form of a name (<c>Tim Bieko</c> beside
/// <c>Tim Beiko</c>) or its first words (<c>Martin Holst</c> beside <c>Martin Holst Swende</c>), when only one
/// person of the archive carries the fuller form. <c>init</c> proposes each as commented aliases and never merges:
/// two people with near names exist, and a wrong page for a person is worse than two.
/// </summary>
internal static class PossibleMerges
{
    /// <param name="Into">The fuller form, or the one in more calls.</param>
    public sealed record Merge(Person Into, IReadOnlyList<Person> Forms);

    // People are compared only with those who share their first word ("tim", "martin"): linear in the people, save
    // for a first word so many carry that comparing them all would cost more than it could find.
    private const int LargestGroup = 200;

    public static IReadOnlyList<Merge> Find(IEnumerable<Person> people, IReadOnlyDictionary<string, int> calls)
    {
        var into = new Dictionary<Person, List<Person>>();
        foreach (var group in people.GroupBy(p => Words(p.Name).FirstOrDefault() ?? "", StringComparer.Ordinal))
        {
            var members = group.ToList();
            if (group.Key.Length == 0 || members.Count is < 2 or > LargestGroup) continue;
            foreach (var form in members)
                if (FullerForm(form, members, calls) is { } fuller)
                    (into.TryGetValue(fuller, out var found) ? found : into[fuller] = []).Add(form);
        }
        // A form whose fuller form is itself a form of another ("Tim Beiku" → "Tim Beico" → …) is left for the
        // maintainer: only direct proposals are written.
        var forms = into.Values.SelectMany(f => f).ToHashSet();
        return into.Where(p => !forms.Contains(p.Key))
            .Select(p => new Merge(p.Key, p.Value.OrderBy(f => f.Name, StringComparer.Ordinal).ToList()))
            .OrderByDescending(m => calls.GetValueOrDefault(m.Into.Key)).ThenBy(m => m.Into.Name, StringComparer.Ordinal).ToList();
    }

    // The one person this one may be a shorter or misspelt form of; null when there is none, or more than one.
    private static Person? FullerForm(Person form, List<Person> group, IReadOnlyDictionary<string, int> calls)
    {
        var words = Words(form.Name);
        var candidates = group.Where(other => other != form && IsFormOf(words, Words(other.Name), calls.GetValueOrDefault(form.Key), calls.GetValueOrDefault(other.Key))).Take(2).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static bool IsFormOf(string[] form, string[] other, int formCalls, int otherCalls)
    {
        // "Martin Holst" in "Martin Holst Swende": its first words, two or more (a first name alone is too many people's).
        if (form.Length >= 2 && other.Length > form.Length && form.SequenceEqual(other.Take(form.Length))) return true;
        // "Tim Bieko" for "Tim Beiko": the same number of words, one slip; the form is the one in fewer calls.
        return form.Length >= 2 && form.Length == other.Length && formCalls < otherCalls
            && NameResemblance.IsSlip(string.Join(' ', form), string.Join(' ', other));
    }

    private static string[] Words(string name) =>
        PersonNames.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
