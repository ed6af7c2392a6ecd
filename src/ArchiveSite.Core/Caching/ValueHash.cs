using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ArchiveSite.Caching;

/// <summary>
/// The fingerprint of one typed value: SHA-256 of its JSON, every property of it. A file made from such a value
/// (a call's notes, a feed, a calendar), whose writer is handed that value and nothing else, cannot read an input
/// that its fingerprint leaves out: equal fingerprints, equal files.
/// </summary>
public static class ValueHash
{
    public static byte[] Of<T>(T value, JsonTypeInfo<T> json)
    {
        using var buffer = new MemoryStream();
        // Only hashed, never shown: escaping less than JSON meant for a browser keeps strings unambiguous and is faster.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
            JsonSerializer.Serialize(writer, value, json);
        return SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }
}
