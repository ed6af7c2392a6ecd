using System.Collections.Concurrent;
using ArchiveSite.Diagnostics;
using ArchiveSite.Parsing;
using MemoryPack;

namespace ArchiveSite.Caching;

/// <summary>
/// What reading and parsing each note gave (its calls and what was said about it), kept between builds so
/// that an unchanged note is not parsed again: parsing is most of reading a big archive. An entry is found
/// by the note's path and the SHA-256 of its bytes, and the whole store by the build of the tool that wrote
/// it, so a stale answer cannot be served: an edited note, or a new version of the tool, simply misses.
/// <para>
/// One store per content folder (<see cref="CacheStore"/> names its file). A process that builds many times
/// (<c>serve</c>) keeps the object and with it every entry in memory; <see cref="Save"/> keeps only the
/// notes the last build read, so deleted notes leave with it.
/// </para>
/// </summary>
public sealed partial class ParsedNoteCache
{
    /// <summary>One note's calls and the findings reading it produced (repeated on every build, as if it were read afresh).</summary>
    [MemoryPackable]
    public sealed partial record Entry(IReadOnlyList<ParsedMeeting> Meetings, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly string _file;
    private ConcurrentDictionary<string, Stored> _known;
    private ConcurrentDictionary<string, Stored> _read = new(StringComparer.Ordinal);
    private int _misses;

    // Entries stay serialized until asked for: a build that finds 2,000 notes unchanged deserializes them on
    // its parse threads, not all on one before it starts. Once read, an entry stays read for the process's
    // next build (serve). Their bytes are slices of the store file as it was read, one block: copied out, the 34 MB
    // of a ×30 store were thousands of arrays that every collection of the read had to move.
    private sealed class Stored(ReadOnlyMemory<byte> hash, ReadOnlyMemory<byte> json, Entry? value = null)
    {
        public ReadOnlyMemory<byte> Hash => hash;
        public ReadOnlyMemory<byte> Json => json;
        public Entry? Value { get; set; } = value;
    }

    private ParsedNoteCache(string file, ConcurrentDictionary<string, Stored> known) => (_file, _known) = (file, known);

    /// <summary>The store in <paramref name="file"/>, or an empty one when it is missing, from another build of the tool, or unreadable (said in <paramref name="warnings"/>).</summary>
    public static ParsedNoteCache Open(string file, ICollection<string> warnings)
    {
        var known = new ConcurrentDictionary<string, Stored>(StringComparer.Ordinal);
        foreach (var (key, hash, json) in CacheStore.ReadEntries(file, "notes", warnings))
            known[key] = new Stored(hash, json);
        return new ParsedNoteCache(file, known);
    }

    /// <summary>How many notes this build has had to parse so far (until <see cref="Save"/>).</summary>
    public int Misses => _misses;

    /// <summary>The note's entry when bytes of this SHA-256 were parsed before; else <paramref name="parse"/>'s, remembered.</summary>
    /// <param name="hash">The SHA-256 of the note's bytes, as the content folder took it reading them (<see cref="Loading.ContentFolder.DigestOf"/>).</param>
    public Entry GetOrParse(string file, byte[] hash, Func<Entry> parse)
    {
        if (_known.TryGetValue(file, out var stored) && stored.Hash.Span.SequenceEqual(hash)
            && (stored.Value ??= CacheFormat.Read(stored.Json.Span)) is { } cached)
        {
            _read[file] = stored;
            return cached;
        }
        Interlocked.Increment(ref _misses);
        var entry = parse();
        _read[file] = new Stored(hash, CacheFormat.Write(entry), entry);
        return entry;
    }

    /// <summary>Ends a build: what it read becomes what is known, and is written to the store (best effort: a cache that cannot be written is only slower next time).</summary>
    public void Save(ICollection<string> warnings)
    {
        var unchanged = _misses == 0 && _read.Count == _known.Count;
        (_known, _read) = (_read, new(StringComparer.Ordinal));
        _misses = 0;
        if (unchanged) return;
        CacheStore.WriteEntries(_file, "notes", _known.Select(p => (p.Key, p.Value.Hash, p.Value.Json)), warnings);
    }
}
