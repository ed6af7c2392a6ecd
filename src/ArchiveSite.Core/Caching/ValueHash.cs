using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ArchiveSite.Caching;

/// <summary>
/// The fingerprint of one typed value: SHA-256 of its JSON, every property of it. A file made from such a value
/// (a page's view model, a call's notes, a feed, a calendar), whose writer is handed that value and nothing else,
/// cannot read an input that its fingerprint leaves out: equal fingerprints, equal files.
/// </summary>
public static class ValueHash
{
    public static byte[] Of<T>(T value, JsonTypeInfo<T> json) => Of(null, value, json);

    /// <param name="prefix">Hashed before the value, when the same value can make different files (a page's template).</param>
    /// <param name="value">Serialized by <paramref name="json"/>: source-generated, as reflection over thousands of values costs more than making some of them.</param>
    public static byte[] Of(string? prefix, object? value, JsonTypeInfo json)
    {
        // One buffer and writer per thread, kept between values: a list page's model is megabytes at scale.
        var (buffer, writer) = t_json ??= NewJsonWriter();
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        if (prefix is not null) writer.WriteStringValue(prefix);
        JsonSerializer.Serialize(writer, value, json);
        writer.Flush();
        return SHA256.HashData(buffer.WrittenSpan);
    }

    [ThreadStatic] private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? t_json;

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewJsonWriter()
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        // Several values in a row (a prefix, then the value): not one JSON document, so no validation. Only hashed,
        // never shown: escaping less than JSON meant for a browser keeps strings unambiguous and is faster.
        return (buffer, new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
