namespace ArchiveSite.Tests.Support;

/// <summary>The checkout's root folder (where ArchiveSite.sln is).</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ArchiveSite.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("ArchiveSite.sln not found above the test binaries");
    }
}
