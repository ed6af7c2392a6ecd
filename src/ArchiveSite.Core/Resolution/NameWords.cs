namespace ArchiveSite.Resolution;

/// <summary>
/// Which person each word of a full name points to, when only one does ("Nigel" → the one Nigel Douglas).
/// Keys are numbered once per name and words hold the number: a word is never hashed together with its key, so
/// a name of n words costs n steps, not n times the name's length (a 200 KB "name" in a hostile roster).
/// </summary>
internal sealed class NameWords
{
    private const int Several = -1;
    private readonly Dictionary<string, int> _keyIds = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];
    private readonly Dictionary<string, int> _keyByWord = new(StringComparer.Ordinal);

    /// <summary>Every word longer than two letters of a normalised name (words split by single spaces) points to <paramref name="key"/>.</summary>
    public void Add(string normalizedName, string key)
    {
        if (!_keyIds.TryGetValue(key, out var id))
        {
            _keyIds[key] = id = _keys.Count;
            _keys.Add(key);
        }
        foreach (var word in normalizedName.Split(' '))
        {
            if (word.Length <= 2) continue;
            _keyByWord[word] = _keyByWord.TryGetValue(word, out var other) && other != id ? Several : id;
        }
    }

    /// <summary>The one key a word of names points to; null when none or several do.</summary>
    public string? OnlyKeyOf(string normalizedWord) =>
        _keyByWord.TryGetValue(normalizedWord, out var id) && id != Several ? _keys[id] : null;
}
