using System.Buffers.Binary;
using System.Text;

namespace ArchiveSite.Caching;

/// <summary>
/// Reads what <see cref="BinaryWriter"/> wrote (7-bit length-prefixed UTF-8 strings, little-endian
/// integers, int-prefixed byte arrays) from bytes in memory, refusing any length longer than what is left.
/// <see cref="BinaryReader"/> sizes its buffers from the length it reads, so one damaged length in a cache
/// file would ask for gigabytes before noticing the file is short.
/// </summary>
internal sealed class BoundedReader(byte[] bytes)
{
    private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);
    private int _at;

    public int Int()
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(Take(4));
        return value;
    }

    /// <summary>The next byte array, as a slice of the bytes read (not copied: a cache file's thousands of entries stay one block).</summary>
    public ReadOnlyMemory<byte> Bytes()
    {
        var length = Int();
        if (length < 0) throw new InvalidDataException("a negative length");
        var start = _at;
        Take(length);
        return bytes.AsMemory(start, length);
    }

    public string String() => Strict.GetString(Take(SevenBitLength()));

    private int SevenBitLength()
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = Take(1)[0];
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return value >= 0 ? value : throw new InvalidDataException("a negative length");
        }
        throw new InvalidDataException("a length of more than five bytes");
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length > bytes.Length - _at) throw new InvalidDataException($"a length of {length} bytes where {bytes.Length - _at} remain");
        var span = bytes.AsSpan(_at, length);
        _at += length;
        return span;
    }
}
