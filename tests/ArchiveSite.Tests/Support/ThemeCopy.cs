namespace ArchiveSite.Tests.Support;

/// <summary>A copy of the default theme in a test's temporary folder, to edit as a site author would.</summary>
public static class ThemeCopy
{
    /// <returns>The copy's folder, <c>my-theme</c> in <paramref name="temp"/> (archive.yml: <c>theme: ../my-theme</c> from <c>content/</c>).</returns>
    public static string OfDefault(TempFolder temp)
    {
        var source = System.IO.Path.Combine(RepositoryRoot.Path, "themes", "default");
        var target = System.IO.Path.Combine(temp.Path, "my-theme");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return target;
    }
}
