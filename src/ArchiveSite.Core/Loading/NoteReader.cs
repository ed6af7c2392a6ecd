using ArchiveSite.Diagnostics;

namespace ArchiveSite.Loading;

/// <summary>Reads one note's bytes into a <see cref="NoteSource"/>, or reports why it cannot. Never writes the file.</summary>
public static class NoteReader
{
    public static NoteSource? Read(string file, byte[] bytes, DiagnosticBag diagnostics)
    {
        var text = TextDecoding.Decode(file, bytes, diagnostics);
        if (text is null) return null;
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
