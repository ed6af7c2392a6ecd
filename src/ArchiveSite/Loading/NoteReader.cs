using System.Text;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Loading;

/// <summary>Reads one note's bytes into a <see cref="NoteSource"/>, or reports why it cannot. Never writes the file.</summary>
public static class NoteReader
{
    public static NoteSource? Read(string file, byte[] bytes, DiagnosticBag diagnostics)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8)) span = span[3..];

        if (Utf8Validator.FindFirstInvalid(span) is { } bad)
        {
            diagnostics.Add(Diagnostic.Error(file, bad.Line, bad.Column,
                $"invalid UTF-8 byte 0x{bad.Value:X2}; save the note with UTF-8 encoding"));
            return null;
        }

        var text = Encoding.UTF8.GetString(span).Replace("\r\n", "\n");
        var repairs = new List<MojibakeRepair.Repair>();
        text = MojibakeRepair.Apply(text, repairs);
        foreach (var r in repairs)
            diagnostics.Add(Diagnostic.Warning(file, r.Line,
                $"repaired mis-decoded text (UTF-8 read as Latin-1): '{r.Before}' -> '{r.After}'; fix the line in the note"));

        var frontMatter = FrontMatterReader.Read(file, text, diagnostics);
        return frontMatter is null
            ? null
            : new NoteSource(file, frontMatter.Body, frontMatter.BodyFirstLine, frontMatter.FrontMatter);
    }
}
