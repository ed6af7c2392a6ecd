namespace ArchiveSite.Tests.Support;

/// <summary>
/// A reviewed copy of what the tool produces, kept in the repository. After an intended change,
/// regenerate with <c>ARCHIVE_SITE_UPDATE_GOLDEN=1 dotnet test</c> and review the diff like any other change.
/// </summary>
public static class GoldenFile
{
    public static void AssertMatches(string file, string actual)
    {
        if (Environment.GetEnvironmentVariable("ARCHIVE_SITE_UPDATE_GOLDEN") == "1") File.WriteAllText(file, actual);
        Assert.True(File.Exists(file), $"{file} is missing; run with ARCHIVE_SITE_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(file), actual);
    }

    /// <summary>The numbered case folders under a test folder of the repository, for a theory's data.</summary>
    public static TheoryData<string> Cases(params string[] folder)
    {
        var cases = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine([RepositoryRoot.Path, "tests", "ArchiveSite.Tests", .. folder])).Order(StringComparer.Ordinal))
            cases.Add(Path.GetFileName(dir));
        return cases;
    }

    public static string CaseFolder(string caseName, params string[] folder) =>
        Path.Combine([RepositoryRoot.Path, "tests", "ArchiveSite.Tests", .. folder, caseName]);
}
