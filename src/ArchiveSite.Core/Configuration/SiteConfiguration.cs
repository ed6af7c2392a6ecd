using ArchiveSite.Diagnostics;
using ArchiveSite.Loading;

namespace ArchiveSite.Configuration;

/// <summary>
/// A content folder's settings, read once per build and handed to every stage that needs them (the loader,
/// the theme lookup, the build, <c>check</c>), with the folder opened under the link policy they set.
/// archive.yml itself is read before that policy is known, so it is never read through a link.
/// </summary>
/// <param name="SettingsFolder">
/// Where archive.yml and people.yml are read, and what a relative <c>theme:</c> is relative to: the content
/// folder, or the folder of a settings file given with <c>--config</c> (a project's settings kept apart from
/// notes it does not own, as <c>examples/falco/</c> does for the Falco notes).
/// </param>
/// <param name="SettingsFileName">archive.yml's name in <paramref name="SettingsFolder"/> (<c>--config</c> may name it otherwise).</param>
public sealed record SiteConfiguration(ContentFolder Folder, SiteSettings Settings, IReadOnlyList<Diagnostic> Diagnostics, ContentFolder SettingsFolder,
    string SettingsFileName = SiteSettingsLoader.FileName)
{
    /// <param name="settingsFile">An archive.yml elsewhere than in the content folder; null for the content folder's own.</param>
    public static SiteConfiguration Read(string contentDirectory, string? settingsFile = null)
    {
        var diagnostics = new DiagnosticBag();
        var settingsFolder = new ContentFolder(settingsFile is null ? contentDirectory : Path.GetDirectoryName(Path.GetFullPath(settingsFile))!);
        var fileName = settingsFile is null ? SiteSettingsLoader.FileName : Path.GetFileName(settingsFile);
        var settings = settingsFile is null || File.Exists(settingsFile)
            ? SiteSettingsLoader.Load(settingsFolder, diagnostics, fileName)
            : Missing(settingsFile, diagnostics);
        return new SiteConfiguration(new ContentFolder(contentDirectory, settings.Links), settings, diagnostics.Sorted(), settingsFolder, fileName);
    }

    private static SiteSettings Missing(string settingsFile, DiagnosticBag diagnostics)
    {
        diagnostics.Add(Diagnostic.Error(settingsFile, 0, 0, "this settings file does not exist; check --config"));
        return SiteSettings.Default;
    }
}
