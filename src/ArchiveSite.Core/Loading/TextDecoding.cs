using System.Text;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Loading;

/// <summary>
/// Bytes of a note or settings file → text every later stage can trust: valid UTF-8 (else an error with
/// line and column), no byte-order mark, every line ending (CRLF, and a lone CR as old Mac editors
/// wrote) a single '\n' so that Markdig's lines and ours are the same, and no character that XML and
/// HTML forbid (C0 controls but tab and newline, U+FFFE, U+FFFF): those are removed, each reported
/// with its line and column, so a feed or page can always be written.
/// </summary>
public static class TextDecoding
{
    public static string? Decode(string file, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (Utf8Validator.FindFirstInvalid(bytes) is { } bad)
        {
            diagnostics.Add(Diagnostic.Error(file, bad.Line, bad.Column,
                $"invalid UTF-8 byte 0x{bad.Value:X2}; save the file with UTF-8 encoding"));
            return null;
        }
        var text = Encoding.UTF8.GetString(bytes);
        return NeedsCleaning(text) ? Clean(file, text, diagnostics) : text;
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
            if (c < ' ' && c != '\n' && c != '\t' || c is '\uFFFE' or '\uFFFF') return true;
        return false;
    }

    private static string Clean(string file, string text, DiagnosticBag diagnostics)
    {
        var clean = new StringBuilder(text.Length);
        int line = 1, column = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                c = '\n';
            }
            if (c == '\n')
            {
                clean.Append('\n');
                line++;
                column = 1;
                continue;
            }
            if (c < ' ' && c != '\t' || c is '\uFFFE' or '\uFFFF')
            {
                diagnostics.Add(Diagnostic.Warning(file, line,
                    $"removed an invisible control character U+{(int)c:X4} at column {column}; delete it from the file"));
                column++;
                continue;
            }
            clean.Append(c);
            column++;
        }
        return clean.ToString();
    }
}
