using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArchiveSite.Caching;

/// <summary>A parsed note as JSON for the cache (source-generated: no reflection on the build's hot path).</summary>
internal static class CacheJson
{
    public static byte[] Write(ParsedNoteCache.Entry entry) => JsonSerializer.SerializeToUtf8Bytes(entry, CacheJsonContext.Default.Entry);

    /// <summary>The entry, or null when the bytes are not one (the note is then parsed again).</summary>
    public static ParsedNoteCache.Entry? Read(byte[] json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, CacheJsonContext.Default.Entry);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

[JsonSerializable(typeof(ParsedNoteCache.Entry))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;
