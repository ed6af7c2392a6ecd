using System.Security.Cryptography;
using System.Text;
using ArchiveSite.Caching;
using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.Loading;
using ArchiveSite.Refs;

namespace ArchiveSite;

/// <summary>
/// The digest of everything an archive is read from: the core's build, archive.yml, people.yml and refs.json, the
/// name of every note the folder lists and the bytes of every note the settings keep — each as the content folder
/// last read it (<see cref="ContentFolder.Observed"/>), so the digest of a load is of the bytes that load parsed.
/// Loading is a function of these bytes alone (no clock, no environment, no other file), so two loads with the
/// same digest make the same archive and the same diagnostics: a build keeps its last site whole when the digest,
/// the theme and the options are the ones it was made from.
/// </summary>
public static class ArchiveInputs
{
    public static string Digest(SiteConfiguration configuration, IReadOnlyList<string> listed)
    {
        var (folder, settings) = (configuration.Folder, configuration.SettingsFolder);
        var text = new StringBuilder("archive inputs\n").Append(CacheStore.ToolBuild).Append('\n');
        foreach (var name in SettingsFiles(configuration))
            text.Append(name).Append('\0').Append(settings.Observed(name) ?? "-").Append('\n');
        text.Append("notes\n");
        foreach (var file in listed)
        {
            var kept = configuration.Settings.Selection.Keeps(file, out _);
            text.Append(file).Append('\0').Append(kept ? folder.Observed(file) ?? "-" : "left out").Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// The digest of the settings files alone (archive.yml, people.yml, refs.json), as the last load read them: what
    /// every call's resolution reads besides the notes (<see cref="Resolution.SharedReads"/>).
    /// </summary>
    public static string SettingsDigest(SiteConfiguration configuration)
    {
        var text = new StringBuilder("settings\n");
        foreach (var name in SettingsFiles(configuration))
            text.Append(name).Append('\0').Append(configuration.SettingsFolder.Observed(name) ?? "-").Append('\n');
        return text.ToString();
    }

    /// <summary>
    /// Reads every input as a load would, parsing none of them: the digest, or null when something cannot be read
    /// (a link, a file over its limit, an unreadable folder: a load reports it, and the build then fails) or when
    /// there are not <paramref name="notes"/> notes to read (a note added or removed, found without reading any).
    /// </summary>
    public static string? Survey(SiteConfiguration configuration, int notes)
    {
        if (configuration.Diagnostics.Any(d => d.Severity == Severity.Error)) return null;
        var diagnostics = new DiagnosticBag();
        var folder = configuration.Folder;
        var listed = folder.Notes(diagnostics);
        var kept = listed.Where(file => configuration.Settings.Selection.Keeps(file, out _)).ToList();
        if (kept.Count != notes) return null;
        var limit = configuration.Settings.MaxNoteBytes;
        Parallel.ForEach(kept, file => folder.Read(file, limit, diagnostics));
        foreach (var (name, fileLimit) in (ReadOnlySpan<(string, long)>)[(PeopleRegistryLoader.FileName, ContentFolder.SettingsFileLimit), (RefsFile.FileName, RefsFile.SizeLimit)])
            if (configuration.SettingsFolder.Has(name)) configuration.SettingsFolder.Read(name, fileLimit, diagnostics);
        return diagnostics.HasAny(Severity.Error) ? null : Digest(configuration, listed);
    }

    /// <summary>archive.yml (as it was read for the configuration), people.yml and refs.json.</summary>
    private static string[] SettingsFiles(SiteConfiguration configuration) =>
        [configuration.SettingsFileName, PeopleRegistryLoader.FileName, RefsFile.FileName];
}
