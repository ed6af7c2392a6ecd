using ArchiveSite.Model;
using ArchiveSite.Parsing;
using ArchiveSite.Text;

namespace ArchiveSite.Resolution;

/// <summary>
/// Whom a label in one call's minutes names (<c>MB</c>, <c>Myles</c>, <c>mylesborins</c>, <c>Myles Borins</c>):
/// first the call's own people, by the abbreviations its roster gives, their handles, full names, first names
/// and initials; then the archive's people (people.yml aliases, handles, names, a first name only one person has).
/// A label two of the call's people could carry (two Davids) names no one: the minutes are not guessed at.
/// </summary>
internal sealed class CallVoices
{
    private readonly Dictionary<string, string?> _byLabel = new(StringComparer.OrdinalIgnoreCase);
    private readonly PeopleDirectory _people;
    private readonly DateOnly _date;

    /// <summary>Whether the roster gives short forms (<c>MB: Myles Borins</c>): initials are then this call's way of naming people.</summary>
    public bool UsesAbbreviations { get; }

    private readonly IReadOnlyDictionary<string, string?> _firstNames;

    /// <param name="firstNames">Every first name of the archive's people, with its one person (null for two or more).</param>
    public CallVoices(Meeting meeting, ParsedMeeting written, PeopleDirectory people, Func<string, Person> person, IReadOnlyDictionary<string, string?> firstNames)
    {
        (_people, _date, _firstNames) = (people, meeting.Date, firstNames);
        var entries = written.Mcs.Concat(written.Attendees).Concat(written.NextMc);
        foreach (var entry in entries)
        {
            if (entry.Abbreviation is null && entry.Name is null) continue;
            var key = people.Find(entry, meeting.Date);
            // The name as this call's roster writes it ("Jochem Brouwer"), which may be fuller than the one the
            // archive shows ("Jochem"): what "Jochem B" is compared with.
            if (entry.Name is not null) _namesHere.Add((entry.Name, key));
            if (entry.Abbreviation is null) continue;
            Add(entry.Abbreviation, key);
            UsesAbbreviations = true;
        }
        var keys = meeting.PeopleNamed.Distinct(StringComparer.Ordinal);
        // Strongest forms first: a first name never shadows a handle or an abbreviation.
        var shortForms = new List<(string Label, string Key)>();
        foreach (var key in keys)
        {
            var name = person(key).Name;
            _namesHere.Add((name, key));
            Add(key, key);
            Add(name, key);
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 1)
            {
                shortForms.Add((words[0], key));
                _firstNamesHere.Add((words[0], key));
                shortForms.Add((string.Concat(words.Select(w => char.ToUpperInvariant(w[0]))), key));
            }
        }
        foreach (var group in shortForms.GroupBy(f => f.Label, StringComparer.OrdinalIgnoreCase))
        {
            if (_byLabel.ContainsKey(group.Key)) continue;
            var distinct = group.Select(f => f.Key).Distinct(StringComparer.Ordinal).ToList();
            _byLabel[group.Key] = distinct.Count == 1 ? distinct[0] : null;
            if (distinct.Count > 1) _shared[group.Key] = distinct;
        }
    }

    // Initials and first names two or more of the call's people have ("CW" for Chris Wu and Carla Wong).
    private readonly Dictionary<string, IReadOnlyList<string>> _shared = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The call's people who share this initials or first name, when two or more do; else empty.</summary>
    public IReadOnlyList<string> SharedBy(string label) => _shared.TryGetValue(label, out var keys) ? keys : [];

    private readonly List<(string FirstName, string Key)> _firstNamesHere = [];
    private readonly List<(string Name, string Key)> _namesHere = [];

    /// <summary>Past this many people in one call, labels are not compared with every name for slips (a cost per label kept bounded).</summary>
    private const int MostNamesCompared = 300;

    /// <summary>How many different labels of one call are compared with its names; the rest resolve by exact forms only.</summary>
    private const int MostLabelsCompared = 2_000;

    // What each label resembled, once asked: whether it matched anyone, and the one person when only one.
    private readonly Dictionary<string, (bool Found, string? Key)> _resembles = new(StringComparer.Ordinal);

    // Each name's words as compared, made the first time a label is compared with it rather than for every label.
    private readonly Dictionary<string, NameResemblance.Form> _forms = new(StringComparer.Ordinal);

    private NameResemblance.Form FormOf(string name) =>
        _forms.TryGetValue(name, out var form) ? form : _forms[name] = NameResemblance.Form.Of(name);

    private void Add(string label, string? key)
    {
        if (!_byLabel.TryGetValue(label, out var known)) _byLabel[label] = key;
        else if (known != key) _byLabel[label] = null; // two people: no one
    }

    /// <summary>
    /// Who an action names as its owner: only a person of this call by a form their roster gives (handle, full name,
    /// first name, initials, abbreviation) or anyone by handle or people.yml; never the start of a first name, a
    /// look-alike or a first name of the wider archive. "Just to clarify…" is nobody's action, not Justin's.
    /// </summary>
    public string? ResolveOwner(string label) =>
        _byLabel.TryGetValue(label, out var key) ? key : _people.FindExact(label, _date);

    /// <summary>A speaker found since (one no roster lists): their name and first name now name them in this call too.</summary>
    public void Learn(string name, string key)
    {
        Add(name, key);
        _namesHere.Add((name, key));
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return;
        _firstNamesHere.Add((words[0], key));
        _sortedFirstNames = null;
    }

    /// <summary>The person's key, or null when the label names no one, or more than one.</summary>
    public string? Resolve(string label)
    {
        if (_byLabel.TryGetValue(label, out var key)) return key;
        // "Leo" for the call's one Leonardo: the start of exactly one of its people's first names.
        if (label.Length >= 3 && char.IsUpper(label[0]))
        {
            var starting = Candidates(label, limit: 2);
            if (starting.Count > 0) return starting.Count == 1 ? starting[0] : null;
        }
        // "Beiko", "Jochem B", "Barnabus": a short or misspelt form of exactly one of the call's people. Asked once per
        // label, and for at most MostLabelsCompared labels of a call, so a transcript of a million different labels
        // costs a bounded number of comparisons per label.
        if (!IsInitials(label) && _namesHere.Count <= MostNamesCompared && label.Length >= 4)
        {
            if (_resembles.TryGetValue(label, out var known)) { if (known.Found) return known.Key; }
            else if (_resembles.Count < MostLabelsCompared)
            {
                var said = NameResemblance.Form.Of(label);
                var like = _namesHere.Where(n => NameResemblance.Resembles(said, FormOf(n.Name))).Select(n => n.Key).Distinct(StringComparer.Ordinal).Take(2).ToList();
                _resembles[label] = (like.Count > 0, like.Count == 1 ? like[0] : null);
                if (like.Count > 0) return like.Count == 1 ? like[0] : null;
            }
        }
        // Initials only mean something within a call; elsewhere they are as likely a word (PR, AI, TL). A label in
        // lower case is a word ("proposal:") unless it is one of the call's own handles.
        if (IsInitials(label) || !char.IsUpper(label[0])) return null;
        return _people.FindExact(label, _date) ?? _firstNames.GetValueOrDefault(label);
    }

    /// <summary>First names of the archive's people (the first word of a name of two or more), each with its one person or null.</summary>
    public static IReadOnlyDictionary<string, string?> FirstNames(IEnumerable<Person> people)
    {
        var map = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in people)
        {
            var words = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) continue;
            map[words[0]] = map.TryGetValue(words[0], out var other) && other != person.Key ? null : person.Key;
        }
        return map;
    }

    /// <summary>
    /// The call's people whose first name starts with the label: one names them; two or more (two Marks) name no
    /// one, and are what the warning lists (the first <paramref name="limit"/> of them). Found by binary search in
    /// the first names sorted without case, where the names sharing a start lie together: a call of thousands of
    /// attendees and thousands of unknown labels costs a logarithm per label, not a scan.
    /// </summary>
    public IReadOnlyList<string> Candidates(string label, int limit = 10)
    {
        if (_sortedFirstNames is null)
        {
            _sortedFirstNames = _firstNamesHere.DistinctBy(f => (f.FirstName.ToUpperInvariant(), f.Key)).ToArray();
            Array.Sort(_sortedFirstNames, (a, b) => StringComparer.OrdinalIgnoreCase.Compare(a.FirstName, b.FirstName));
        }
        var names = _sortedFirstNames;
        int low = 0, high = names.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (StringComparer.OrdinalIgnoreCase.Compare(names[middle].FirstName, label) < 0) low = middle + 1;
            else high = middle;
        }
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = low; i < names.Length && keys.Count < limit && names[i].FirstName.StartsWith(label, StringComparison.OrdinalIgnoreCase); i++)
            keys.Add(names[i].Key);
        return keys.ToList();
    }

    private (string FirstName, string Key)[]? _sortedFirstNames;

    /// <summary>2 to 4 capitals: JB, MDawson is not.</summary>
    public static bool IsInitials(string label) => label.Length is >= 2 and <= 4 && label.All(char.IsUpper);
}
