using ArchiveSite.Diagnostics;
using ArchiveSite.Loading;

namespace ArchiveSite.Configuration;

/// <summary>
/// A content folder's settings, read once per build and handed to every stage that needs them (the loader,
/// the theme lookup, the build, <c>check</c>), with the folder opened under the link policy they set.
/// archive.yml itself is read before that policy is known, so it is never read through a link.
/// </summary>
public sealed record SiteConfiguration(ContentFolder Folder, SiteSettings Settings, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static SiteConfiguration Read(string contentDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var settings = SiteSettingsLoader.Load(new ContentFolder(contentDirectory), diagnostics);
        return new SiteConfiguration(new ContentFolder(contentDirectory, settings.Links), settings, diagnostics.Sorted());
    }
}
