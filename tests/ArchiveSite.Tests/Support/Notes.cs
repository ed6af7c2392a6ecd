using ArchiveSite.Diagnostics;
using ArchiveSite.Loading;
using ArchiveSite.Parsing;

namespace ArchiveSite.Tests.Support;

/// <summary>Parses an inline example note the way the loader would.</summary>
public static class Notes
{
    public static (IReadOnlyList<ParsedMeeting> Meetings, IReadOnlyList<Diagnostic> Diagnostics) Parse(string markdown, string file = "note.md")
    {
        var diagnostics = new DiagnosticBag();
        var source = NoteReader.Read(file, System.Text.Encoding.UTF8.GetBytes(markdown), diagnostics);
        var meetings = source is null ? [] : NoteParser.Parse(source, diagnostics);
        return (meetings, diagnostics.Sorted());
    }

    public static ParsedMeeting Single(string markdown, string file = "note.md")
    {
        var (meetings, _) = Parse(markdown, file);
        return Assert.Single(meetings);
    }
}
