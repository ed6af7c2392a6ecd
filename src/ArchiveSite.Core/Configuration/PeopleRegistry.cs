using ArchiveSite.Text;
namespace ArchiveSite.Configuration;

/// <summary>
/// <c>people.yml</c>: canonical names and the nicknames notes use for people, keyed by GitHub handle.
/// An alias can be limited to a date range, for nicknames that meant different people over the years.
/// </summary>
public sealed class PeopleRegistry
{
    public static readonly PeopleRegistry Empty = new([]);

    private readonly Dictionary<string, RegisteredPerson> _byKey;
    private readonly Dictionary<string, List<(RegisteredAlias Alias, string Key)>> _byAlias;

    public PeopleRegistry(IEnumerable<RegisteredPerson> people)
    {
        _byKey = people.ToDictionary(p => p.Key, StringComparer.OrdinalIgnoreCase);
        _byAlias = new(StringComparer.Ordinal);
        foreach (var person in _byKey.Values)
        {
            Index(PersonNames.Normalize(person.Name), new RegisteredAlias(person.Name, null, null), person.Key);
            foreach (var alias in person.Aliases) Index(PersonNames.Normalize(alias.Name), alias, person.Key);
        }
    }

    public RegisteredPerson? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The person an alias names on a date; null when unknown or when two people share it that day.</summary>
    public string? Resolve(string alias, DateOnly date)
    {
        if (!_byAlias.TryGetValue(PersonNames.Normalize(alias), out var candidates)) return null;
        var keys = candidates.Where(c => c.Alias.Covers(date)).Select(c => c.Key).Distinct().ToList();
        return keys.Count == 1 ? keys[0] : null;
    }

    private void Index(string normalized, RegisteredAlias alias, string key)
    {
        if (normalized.Length == 0) return;
        if (!_byAlias.TryGetValue(normalized, out var list)) _byAlias[normalized] = list = [];
        list.Add((alias, key));
    }
}

/// <summary>One entry of <c>people.yml</c>.</summary>
/// <param name="HasGitHub">False for <c>github: none</c>: someone the notes name who has no GitHub handle known, keyed by name.</param>
public sealed record RegisteredPerson(string Key, string Name, IReadOnlyList<RegisteredAlias> Aliases, bool HasGitHub = true);

/// <summary>A nickname, valid from/until the given dates (inclusive) when they are set.</summary>
public sealed record RegisteredAlias(string Name, DateOnly? From, DateOnly? Until)
{
    public bool Covers(DateOnly date) => (From is null || date >= From) && (Until is null || date <= Until);
}
