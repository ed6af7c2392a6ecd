namespace ArchiveSite.Loading;

/// <summary>
/// The notes of a content folder: every <c>*.md</c> below it, in ordinal order of their relative paths,
/// except README.md, files starting with '_' or '.', and the <c>templates/</c> folder (note templates for <c>new</c>).
/// </summary>
public static class ContentFolder
{
    public const string TemplatesFolder = "templates";

    public static IReadOnlyList<string> Notes(string contentDirectory)
    {
        var root = Path.GetFullPath(contentDirectory);
        return Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(IsNote)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsNote(string relative)
    {
        var parts = relative.Split('/');
        if (parts.Any(p => p.StartsWith('.') || p.StartsWith('_'))) return false;
        if (parts.Length > 1 && parts[0].Equals(TemplatesFolder, StringComparison.OrdinalIgnoreCase)) return false;
        return !parts[^1].Equals("README.md", StringComparison.OrdinalIgnoreCase);
    }
}
