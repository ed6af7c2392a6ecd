using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.GitHub;
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
    /// <param name="Refs">refs.json as read (its entries for references no call names too), for <c>refs sync</c> to update.</param>
    public sealed record Result(Archive Archive, IReadOnlyList<Diagnostic> Diagnostics, int NoteCount, RefsCache Refs)
    {
        public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
    }

    /// <param name="settingsFile">archive.yml kept outside the content folder (<c>--config</c>); null for the folder's own.</param>
    public static Result Load(string contentDirectory, string? settingsFile = null)
    {
        if (!Directory.Exists(contentDirectory))
            throw new DirectoryNotFoundException($"content folder '{contentDirectory}' does not exist");
        return Load(SiteConfiguration.Read(contentDirectory, settingsFile));
    }

    /// <summary>Loads with settings already read (the build reads them once for the theme and the loader).</summary>
    public static Result Load(SiteConfiguration configuration)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(configuration.Diagnostics);
        var (folder, settings) = (configuration.Folder, configuration.Settings);
        var registry = PeopleRegistryLoader.Load(configuration.SettingsFolder, diagnostics);
        var notes = folder.Notes(diagnostics);

        var parsed = notes
            .AsParallel().AsOrdered()
            .SelectMany(file => ParseOne(folder, file, settings.MaxNoteBytes, diagnostics))
            .ToList();

        var facts = RefsFile.Read(configuration.SettingsFolder, diagnostics);
        var archive = ArchiveResolver.Resolve(parsed, settings, registry, diagnostics, facts.References);
        return new Result(archive, diagnostics.Sorted(), notes.Count, facts);
    }

    private static IReadOnlyList<ParsedMeeting> ParseOne(ContentFolder folder, string file, long maxBytes, DiagnosticBag diagnostics)
    {
        var bytes = folder.Read(file, maxBytes, diagnostics, "split the note, or raise max_note_size in archive.yml");
        if (bytes is null) return [];
        try
        {
            var source = NoteReader.Read(file, bytes, diagnostics);
            return source is null ? [] : NoteParser.Parse(source, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A parser bug must not hide the other notes' results: report it against this note and go on.
            diagnostics.Add(Diagnostic.Error(file, 1, 1, $"internal error while parsing this note ({e.GetType().Name}: {e.Message}); please report it with the note"));
            return [];
        }
    }
}
