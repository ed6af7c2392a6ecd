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
    private readonly NameWords _nameWords = new();

    // Every spelling that resolved to a key, with how often, for the display name and aliases; and apart,
    // the names written on attendee and MC lines ("Kris Nóva"), which make a better display name than the
    // nicknames agenda items tag presenters with ("[nova]").
    private readonly Dictionary<string, Dictionary<string, int>> _spellings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _writtenNames = new(StringComparer.Ordinal);

    public PeopleDirectory(PeopleRegistry registry, IEnumerable<PersonEntry> everyone)
    {
        _registry = registry;
        var namesAlone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in everyone)
        {
            if (entry.Handle is null)
            {
                if (entry.Name is not null) namesAlone.Add(entry.Name);
                continue;
            }
            var handle = entry.Handle.ToLowerInvariant();
            _handles.Add(handle);
            // A mislinked profile says nothing sure about which handle its name goes with.
            if (entry.Name is null || entry.TextHandle is not null) continue;
            var byName = _handlesByName.TryGetValue(PersonNames.Normalize(entry.Name), out var counts)
                ? counts : _handlesByName[PersonNames.Normalize(entry.Name)] = new(StringComparer.Ordinal);
            byName[handle] = byName.GetValueOrDefault(handle) + 1;
            _nameWords.Add(PersonNames.Normalize(entry.Name), handle);
        }
        // Someone only ever written by full name ("Nigel Douglas") can still be the one "[Nigel]" names.
        foreach (var name in namesAlone)
        {
            var normalized = PersonNames.Normalize(name);
            if (!normalized.Contains(' ', StringComparison.Ordinal) || _handlesByName.ContainsKey(normalized)) continue;
            _nameWords.Add(normalized, Slug.From(name));
        }
    }

    private PeopleDirectory(PeopleDirectory other)
    {
        (_registry, _handlesByName, _handles, _nameWords) = (other._registry, other._handlesByName, other._handles, other._nameWords);
        foreach (var (key, counts) in other._spellings) _spellings[key] = new(counts, StringComparer.Ordinal);
        foreach (var (key, counts) in other._writtenNames) _writtenNames[key] = new(counts, StringComparer.Ordinal);
    }

    /// <summary>
    /// A directory that counts on from the spellings counted so far without changing this one's (what the roster and
    /// names read is only ever set by the constructor, so it is shared): the rosters' directory kept for the next build
    /// of the same notes (<see cref="ResolutionMemo"/>), which this build's speakers must not count into.
    /// </summary>
    public PeopleDirectory Copy() => new(this);

    /// <summary>The person key for an attendee or MC entry.</summary>
    public string Resolve(PersonEntry entry, DateOnly date)
    {
        var key = KeyOf(entry, date, out var handle);
        // The handle as written, in its case, unless the entry's link was set aside for the text's.
        var writtenHandle = entry.Handle is not null && entry.Handle.Equals(handle, StringComparison.OrdinalIgnoreCase) ? entry.Handle : handle;
        Remember(_spellings, key, entry.Name ?? writtenHandle!);
        if (writtenHandle is not null) Remember(_spellings, key, writtenHandle);
        if (entry.Name is not null) Remember(_writtenNames, key, entry.Name);
        return key;
    }

    private string KeyOf(PersonEntry entry, DateOnly date, out string? handle)
    {
        string key;
        handle = null;
        if (entry.Handle is not null)
        {
            handle = WrittenHandle(entry);
            key = _registry.Find(handle) is not null ? handle : _registry.Resolve(handle, date) ?? handle;
        }
        else
        {
            // A name alone ("Spencer", "Jacqueline Salinas") is matched as presenter tags are: people.yml, a
            // handle or a full name seen elsewhere, then a word of one person's name.
            key = ResolveWritten(entry.Name!, date) ?? Slug.From(entry.Name!);
        }
        return key;
    }

    /// <summary>Who a label in the minutes names: people.yml, a handle, or a full name (no single word of a name), without counting it as a spelling.</summary>
    public string? FindExact(string written, DateOnly date) => ResolveName(written, date);

    /// <summary>The key a roster entry resolves to, without counting it again (it was resolved once with the call).</summary>
    public string Find(PersonEntry entry, DateOnly date) => KeyOf(entry, date, out _);

    /// <summary>A presenter nickname (<c>leogr</c>, <c>Nova</c>); null when nobody or several people match.</summary>
    public string? ResolveNickname(string nickname, DateOnly date)
    {
        var key = ResolveWritten(nickname, date);
        if (key is not null) Remember(_spellings, key, nickname);
        return key;
    }

    /// <summary>
    /// A speaker no roster names (<c>**Artem**</c> speaking twice in a transcript): a person of their own under the
    /// name the minutes give them, or whoever the other notes give that name (as an attendee line naming them would be).
    /// Only looks: the label counts as a spelling of the key once <see cref="RememberSpeaker"/> is told, so that the
    /// calls' minutes can be read in parallel and their speakers' spellings counted after, in order.
    /// </summary>
    public string SpeakerKey(string label, DateOnly date) => ResolveWritten(label, date) ?? Slug.From(label);

    /// <summary>Counts a speaker's label (<see cref="SpeakerKey"/>) among the spellings of their key, for their display name.</summary>
    public void RememberSpeaker(string key, string label) => Remember(_spellings, key, label);

    /// <summary>
    /// A profile link whose text and address disagree: the one of the two handles the written name goes with in
    /// the other notes (<c>Lorenzo Fontana ([@fntlnz](https://github.com/leodido))</c> is fntlnz, <c>Jason Dellaluce
    /// ([@leogr](https://github.com/jasondellaluce))</c> is jasondellaluce); with no name to go by, the text's
    /// handle when the other notes know it, else the address's (<c>[@POP](https://github.com/danpopsd)</c>).
    /// </summary>
    private string WrittenHandle(PersonEntry entry)
    {
        var linked = entry.Handle!.ToLowerInvariant();
        if (entry.TextHandle?.ToLowerInvariant() is not { } named) return linked;
        if (entry.Name is not null && _handlesByName.TryGetValue(PersonNames.Normalize(entry.Name), out var handles))
        {
            var (forNamed, forLinked) = (handles.GetValueOrDefault(named), handles.GetValueOrDefault(linked));
            if (forNamed != forLinked) return forNamed > forLinked ? named : linked;
        }
        return _handles.Contains(named) || _registry.Find(named) is not null ? named : linked;
    }

    private string? ResolveWritten(string name, DateOnly date) =>
        ResolveName(name, date) ?? _nameWords.OnlyKeyOf(PersonNames.Normalize(name));

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

    /// <summary>A handle, or someone people.yml lists: not a name the notes wrote alone that matched nobody.</summary>
    public bool IsKnown(string key) => _handles.Contains(key) || _registry.Find(key) is not null;

    public Person ToPerson(string key)
    {
        var spellings = _spellings.GetValueOrDefault(key) ?? [];
        var registered = _registry.Find(key);
        var isHandle = registered?.HasGitHub ?? _handles.Contains(key);
        var name = registered?.Name
            ?? MostWritten(_writtenNames.GetValueOrDefault(key), key)
            ?? MostWritten(spellings, key)
            ?? spellings.Keys.Order(StringComparer.Ordinal).FirstOrDefault()
            ?? key;
        // Of the spellings that differ only in case ("Ansgar dietrichs", "ANSGAR DIETRICHS"), the one written most, then the
        // one of fewest capitals, then the first in ordinal order: never the one counted first (rosters are counted in parallel).
        var aliases = spellings
            .Concat(registered?.Aliases.Select(a => KeyValuePair.Create(a.Name, 0)) ?? [])
            .Where(s => s.Key != name && !s.Key.Equals(key, StringComparison.OrdinalIgnoreCase))
            .GroupBy(s => s.Key, StringComparer.OrdinalIgnoreCase)
            .Select(variants => variants.OrderByDescending(s => s.Value).ThenBy(s => s.Key.Count(char.IsUpper)).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new Person(key, name, isHandle ? key : null, aliases);
    }

    /// <summary>The spelling written most often that is not just the key (first in ordinal order on a tie).</summary>
    private static string? MostWritten(Dictionary<string, int>? counts, string key) =>
        counts?.Where(s => !s.Key.Equals(key, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => s.Key).FirstOrDefault();

    // Rosters are resolved in parallel (counts add up the same in any order); nothing reads the counts until all are in.
    private static void Remember(Dictionary<string, Dictionary<string, int>> index, string key, string spelling)
    {
        lock (index)
        {
            if (!index.TryGetValue(key, out var counts)) index[key] = counts = new(StringComparer.Ordinal);
            counts[spelling] = counts.GetValueOrDefault(spelling) + 1;
        }
    }
}
