using ArchiveSite.Diagnostics;

namespace ArchiveSite.Rendering;

/// <summary>
/// A theme folder: Razor templates in <c>templates/</c> (one per page kind, plus <c>_</c>-prefixed layouts
/// and partials) and static files in <c>assets/</c>, copied to the output with a content hash in their names.
/// </summary>
public sealed record Theme(string Folder)
{
    public const string DefaultName = "default";

    /// <summary>Every page kind the builder renders; a theme must provide each.</summary>
    public string TemplatesFolder => Path.Combine(Folder, "templates");
    public string AssetsFolder => Path.Combine(Folder, "assets");

    /// <summary>
    /// The theme to build with, only ever from where it is configured, because a theme is code (Razor
    /// templates are C#): <paramref name="overridden"/> (<c>--theme</c>, relative to the working folder),
    /// else <c>theme:</c> in archive.yml (relative to archive.yml's folder), else the copy installed with the
    /// tool. Never found by looking around the content folder, which a pull request can fill.
    /// </summary>
    public static Theme Locate(string settingsDirectory, string? configured, string? overridden = null)
    {
        if (overridden is not null) return new Theme(Path.GetFullPath(overridden));
        if (configured is not null) return new Theme(Path.GetFullPath(Path.Combine(settingsDirectory, configured)));
        return new Theme(Path.Combine(AppContext.BaseDirectory, "themes", DefaultName));
    }

    /// <summary>What is missing from the folder, so a broken theme fails before any note is rendered.</summary>
    /// <param name="requiredTemplates">The templates the site's pages render with (Site/Pages/PageKinds).</param>
    public IEnumerable<Diagnostic> Problems(IEnumerable<string> requiredTemplates)
    {
        if (!Directory.Exists(TemplatesFolder))
        {
            yield return Diagnostic.Error(TemplatesFolder, 0, 0, "the theme has no templates folder; check `theme:` in archive.yml, or copy themes/default");
            yield break;
        }
        foreach (var name in requiredTemplates)
        {
            var file = Path.Combine(TemplatesFolder, name + ".cshtml");
            if (!File.Exists(file)) yield return Diagnostic.Error(file, 0, 0, "the theme lacks this template; copy it from themes/default");
        }
    }
}
