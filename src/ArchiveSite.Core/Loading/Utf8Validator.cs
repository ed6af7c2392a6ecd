using System.Buffers;
using System.Text;

namespace ArchiveSite.Loading;

/// <summary>Finds the first byte that is not valid UTF-8 and says where it is as a line and column.</summary>
internal static class Utf8Validator
{
    public readonly record struct InvalidByte(int Line, int Column, byte Value);

    public static InvalidByte? FindFirstInvalid(ReadOnlySpan<byte> bytes)
    {
        int line = 1, column = 1, offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out var rune, out var consumed);
            if (status != OperationStatus.Done) return new InvalidByte(line, column, bytes[offset]);
            if (rune.Value == '\n') { line++; column = 1; }
            else column++;
            offset += consumed;
        }
        return null;
    }
}
