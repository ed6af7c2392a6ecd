namespace ArchiveSite.Tests.Support;

/// <summary>Copies of the repository's example content folder, for tests that edit notes.</summary>
public static class SiteContent
{
    /// <summary>content/ copied to <paramref name="target"/>, building with the installed theme.</summary>
    public static void CopyExample(string target)
    {
        var source = Path.Combine(RepositoryRoot.Path, "content");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        // The repository's archive.yml names its theme by a path relative to content/: use the installed one.
        var settings = Path.Combine(target, "archive.yml");
        File.WriteAllLines(settings, File.ReadAllLines(settings).Where(l => !l.StartsWith("theme:", StringComparison.Ordinal)));
    }
}
