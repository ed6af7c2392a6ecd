using ArchiveSite.Configuration;
using ArchiveSite.Model;
using ArchiveSite.Parsing;
using ArchiveSite.Text;

namespace ArchiveSite.Resolution;

/// <summary>
/// Decides who each written person is. Built in one pass over every entry of every call, so that a
/// name written alone ("Grzegorz Nosek") finds the handle the same name carries in another call, and
/// handles match whatever their case (Issif / issif).
/// </summary>
internal sealed class PeopleDirectory
{
    private readonly PeopleRegistry _registry;
    private readonly Dictionary<string, Dictionary<string, int>> _handlesByName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _handles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _handlesByNameWord = new(StringComparer.Ordinal);

    // Every spelling that resolved to a key, with how often, for the display name and aliases; and apart,
    // the names written on attendee and MC lines ("Kris Nóva"), which make a better display name than the
    // nicknames agenda items tag presenters with ("[nova]").
    private readonly Dictionary<string, Dictionary<string, int>> _spellings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _writtenNames = new(StringComparer.Ordinal);

    public PeopleDirectory(PeopleRegistry registry, IEnumerable<PersonEntry> everyone)
    {
        _registry = registry;
        foreach (var entry in everyone)
        {
            if (entry.Handle is null) continue;
            var handle = entry.Handle.ToLowerInvariant();
            _handles.Add(handle);
            if (entry.Name is null) continue;
            var byName = _handlesByName.TryGetValue(PersonNames.Normalize(entry.Name), out var counts)
                ? counts : _handlesByName[PersonNames.Normalize(entry.Name)] = new(StringComparer.Ordinal);
            byName[handle] = byName.GetValueOrDefault(handle) + 1;
            foreach (var word in PersonNames.Normalize(entry.Name).Split(' '))
                if (word.Length > 2) Add(_handlesByNameWord, word, handle);
        }
    }

    /// <summary>The person key for an attendee or MC entry.</summary>
    public string Resolve(PersonEntry entry, DateOnly date)
    {
        string key;
        if (entry.Handle is not null)
        {
            var handle = entry.Handle.ToLowerInvariant();
            key = _registry.Find(handle) is not null ? handle : _registry.Resolve(handle, date) ?? handle;
        }
        else
        {
            key = ResolveName(entry.Name!, date) ?? Slug.From(entry.Name!);
        }
        Remember(_spellings, key, entry.Name ?? entry.Handle!);
        if (entry.Handle is not null) Remember(_spellings, key, entry.Handle);
        if (entry.Name is not null) Remember(_writtenNames, key, entry.Name);
        return key;
    }

    /// <summary>A presenter nickname (<c>leogr</c>, <c>Nova</c>); null when nobody or several people match.</summary>
    public string? ResolveNickname(string nickname, DateOnly date)
    {
        var key = ResolveName(nickname, date);
        if (key is null && _handlesByNameWord.TryGetValue(PersonNames.Normalize(nickname), out var byWord) && byWord.Count == 1)
            key = byWord.First();
        if (key is not null) Remember(_spellings, key, nickname);
        return key;
    }

    private string? ResolveName(string name, DateOnly date)
    {
        var normalized = PersonNames.Normalize(name);
        if (_registry.Resolve(name, date) is { } registered) return registered;
        if (_registry.Find(normalized) is not null) return normalized;
        if (_handles.Contains(normalized)) return normalized;
        return _handlesByName.TryGetValue(normalized, out var handles) ? Majority(handles) : null;
    }

    // A name seen with several handles ("Lorenzo Fontana" once linked to the wrong profile) means the
    // handle it carries more often than all others together; otherwise it stays ambiguous.
    private static string? Majority(Dictionary<string, int> handles)
    {
        var best = handles.OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal).First();
        return best.Value * 2 > handles.Values.Sum() ? best.Key : null;
    }

    public Person ToPerson(string key)
    {
        var spellings = _spellings.GetValueOrDefault(key) ?? [];
        var registered = _registry.Find(key);
        var isHandle = _handles.Contains(key) || registered is not null;
        var name = registered?.Name
            ?? MostWritten(_writtenNames.GetValueOrDefault(key), key)
            ?? MostWritten(spellings, key)
            ?? spellings.Keys.Order(StringComparer.Ordinal).FirstOrDefault()
            ?? key;
        var aliases = spellings.Keys
            .Concat(registered?.Aliases.Select(a => a.Name) ?? [])
            .Where(s => s != name && !s.Equals(key, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new Person(key, name, isHandle ? key : null, aliases);
    }

    /// <summary>The spelling written most often that is not just the key (first in ordinal order on a tie).</summary>
    private static string? MostWritten(Dictionary<string, int>? counts, string key) =>
        counts?.Where(s => !s.Key.Equals(key, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => s.Key).FirstOrDefault();

    private static void Remember(Dictionary<string, Dictionary<string, int>> index, string key, string spelling)
    {
        if (!index.TryGetValue(key, out var counts)) index[key] = counts = new(StringComparer.Ordinal);
        counts[spelling] = counts.GetValueOrDefault(spelling) + 1;
    }

    private static void Add(Dictionary<string, HashSet<string>> index, string key, string handle)
    {
        if (!index.TryGetValue(key, out var set)) index[key] = set = new(StringComparer.Ordinal);
        set.Add(handle);
    }
}
