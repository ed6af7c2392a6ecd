using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.Loading;
using ArchiveSite.Model;
using ArchiveSite.Parsing;
using ArchiveSite.Resolution;

namespace ArchiveSite;

/// <summary>
/// Load → parse → resolve for a content folder: settings and people from their YAML files, every note
/// read and parsed in parallel, then one resolution over all calls. Every problem of every note is
/// collected; the archive is built from what could be read.
/// </summary>
public static class ArchiveLoader
{
    public sealed record Result(Archive Archive, IReadOnlyList<Diagnostic> Diagnostics, int NoteCount)
    {
        public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
    }

    public static Result Load(string contentDirectory)
    {
        if (!Directory.Exists(contentDirectory))
            throw new DirectoryNotFoundException($"content folder '{contentDirectory}' does not exist");
        var diagnostics = new DiagnosticBag();
        var settings = SiteSettingsLoader.Load(contentDirectory, diagnostics);
        var registry = PeopleRegistryLoader.Load(contentDirectory, diagnostics);
        var options = new ParseOptions(settings.DefaultOwner, settings.DefaultRepo);
        var notes = ContentFolder.Notes(contentDirectory);

        var parsed = notes
            .AsParallel().AsOrdered()
            .SelectMany(file => ParseOne(contentDirectory, file, options, diagnostics))
            .ToList();

        var archive = ArchiveResolver.Resolve(parsed, settings, registry, diagnostics);
        return new Result(archive, diagnostics.Sorted(), notes.Count);
    }

    private static IReadOnlyList<ParsedMeeting> ParseOne(string contentDirectory, string file, ParseOptions options, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Path.Combine(contentDirectory, file));
        }
        catch (IOException e)
        {
            diagnostics.Add(Diagnostic.Error(file, 0, 0, $"cannot read the note: {e.Message}"));
            return [];
        }
        try
        {
            var source = NoteReader.Read(file, bytes, diagnostics);
            return source is null ? [] : NoteParser.Parse(source, options, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A parser bug must not hide the other notes' results: report it against this note and go on.
            diagnostics.Add(Diagnostic.Error(file, 1, 1, $"internal error while parsing this note ({e.GetType().Name}: {e.Message}); please report it with the note"));
            return [];
        }
    }
}
