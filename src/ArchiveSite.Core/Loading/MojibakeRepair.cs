using System.Text;
using System.Text.RegularExpressions;

namespace ArchiveSite.Loading;

/// <summary>
/// Undoes the commonest paste damage: UTF-8 bytes that were decoded as Latin-1 or Windows-1252
/// ("NÃ³va" for "Nóva"). A run is repaired only when its bytes form exactly one valid UTF-8
/// character, so ordinary accented text ("Ça", "Øystein") is never touched.
/// </summary>
internal static partial class MojibakeRepair
{
    public readonly record struct Repair(int Line, string Before, string After);

    // A UTF-8 lead byte seen as Latin-1 (Â..ô) followed by one to three continuation bytes seen as
    // Latin-1 or as their Windows-1252 glyphs (’ “ € …).
    [GeneratedRegex(@"[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018\u2019\u201A\u201C\u201D\u201E\u2020\u2021\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]{1,3}")]
    private static partial Regex SuspectRun();

    private static readonly Encoding Windows1252 = CreateWindows1252();
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

    public static string Apply(string text, List<Repair> repairs)
    {
        if (!SuspectRun().IsMatch(text)) return text;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var original = lines[i];
            var fixedLine = SuspectRun().Replace(original, m => TryDecode(m.Value) ?? m.Value);
            if (!ReferenceEquals(fixedLine, original) && fixedLine != original)
            {
                lines[i] = fixedLine;
                repairs.Add(new Repair(i + 1, original.Trim(), fixedLine.Trim()));
            }
        }
        return string.Join('\n', lines);
    }

    private static string? TryDecode(string run)
    {
        try
        {
            var bytes = new byte[run.Length];
            for (var i = 0; i < run.Length; i++)
            {
                var c = run[i];
                if (c <= 0xFF) bytes[i] = (byte)c;
                else
                {
                    var encoded = Windows1252.GetBytes(c.ToString());
                    if (encoded.Length != 1) return null;
                    bytes[i] = encoded[0];
                }
            }
            var decoded = StrictUtf8.GetString(bytes);
            // Exactly one character (or one surrogate pair) means the run was one encoded character.
            return decoded.EnumerateRunes().Count() == 1 ? decoded : null;
        }
        catch (ArgumentException) // encoder or decoder fallback: not a mojibake run
        {
            return null;
        }
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
