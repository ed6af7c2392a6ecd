using MemoryPack;

namespace ArchiveSite.Caching;

/// <summary>
/// A parsed note in the cache, in MemoryPack's binary layout generated for the parsed model: reading the store
/// back is most of what a build that parses nothing does before resolving, and JSON made it the bound
/// (docs/PERFORMANCE.md). The store's header names the core's build, so a layout never meets another build's bytes.
/// </summary>
internal static class CacheFormat
{
    public static byte[] Write(ParsedNoteCache.Entry entry) => MemoryPackSerializer.Serialize(entry);

    /// <summary>The entry, or null when the bytes are not one (the note is then parsed again).</summary>
    public static ParsedNoteCache.Entry? Read(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return MemoryPackSerializer.Deserialize<ParsedNoteCache.Entry>(bytes);
        }
        catch (MemoryPackSerializationException)
        {
            return null;
        }
    }
}
