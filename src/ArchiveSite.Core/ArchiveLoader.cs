using ArchiveSite.Caching;
using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.Refs;
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
    /// <param name="Parsed">How many notes were parsed (the others came from the cache).</param>
    /// <param name="Inputs">The digest of the bytes it was read from (<see cref="ArchiveInputs"/>).</param>
    public sealed record Result(Archive Archive, IReadOnlyList<Diagnostic> Diagnostics, int NoteCount, RefsCache Refs, int Parsed, string Inputs)
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
    /// <param name="cache">Notes parsed by earlier builds (unchanged ones are not parsed again); null parses every note.</param>
    /// <param name="memo">The calls this process resolved from the same notes before (unchanged ones are not made again); null makes every call.</param>
    public static Result Load(SiteConfiguration configuration, ParsedNoteCache? cache = null, ResolutionMemo? memo = null)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(configuration.Diagnostics);
        var (folder, settings) = (configuration.Folder, configuration.Settings);
        var registry = PeopleRegistryLoader.Load(configuration.SettingsFolder, diagnostics);
        var leftOut = new List<LeftOutFile>();
        var listed = folder.Notes(diagnostics);
        var notes = listed.Where(file =>
        {
            if (settings.Selection.Keeps(file, out var why)) return true;
            leftOut.Add(new LeftOutFile(file, why!));
            return false;
        }).ToList();

        var parsed = notes
            .AsParallel().AsOrdered()
            .SelectMany(file => ReadOne(folder, file, settings.MaxNoteBytes, diagnostics, cache))
            .ToList();
        var parsedNow = cache?.Misses ?? notes.Count;
        // The parsed notes are written for the next build while this one resolves them (tens of megabytes at scale).
        var saving = cache is null ? null : Task.Run(() =>
        {
            var problems = new List<string>();
            cache.Save(problems);
            return problems;
        });

        var facts = RefsFile.Read(configuration.SettingsFolder, diagnostics, settings.GitHubHost);
        Archive archive;
        try
        {
            archive = ArchiveResolver.Resolve(parsed, settings, registry, diagnostics, facts.References, leftOut,
                memo is null ? null : new ArchiveResolver.Reuse(memo, ArchiveInputs.SettingsDigest(configuration)));
        }
        finally
        {
            // Never left writing: the next build (serve's) saves the same cache.
            foreach (var problem in saving?.GetAwaiter().GetResult() ?? []) diagnostics.Add(Diagnostic.Warning(CacheDiagnosticFile, 0, problem));
        }
        return new Result(archive, diagnostics.Sorted(), notes.Count, facts, parsedNow, ArchiveInputs.Digest(configuration, listed));
    }

    /// <summary>What findings about the build cache are filed under.</summary>
    public const string CacheDiagnosticFile = "(build cache)";

    private static IReadOnlyList<ParsedMeeting> ReadOne(ContentFolder folder, string file, long maxBytes, DiagnosticBag diagnostics, ParsedNoteCache? cache)
    {
        var bytes = folder.Read(file, maxBytes, diagnostics, "split the note, or raise max_note_size in archive.yml");
        if (bytes is null) return [];
        if (cache is null) return ParseOne(file, bytes, diagnostics);
        // Keyed by the digest the folder took reading the bytes: each note hashed once.
        var entry = cache.GetOrParse(file, folder.DigestOf(file)!, () =>
        {
            var found = new DiagnosticBag();
            return new ParsedNoteCache.Entry(ParseOne(file, bytes, found), found.Sorted());
        });
        diagnostics.AddRange(entry.Diagnostics);
        return entry.Meetings;
    }

    private static IReadOnlyList<ParsedMeeting> ParseOne(string file, byte[] bytes, DiagnosticBag diagnostics)
    {
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
