namespace ArchiveSite.Tests.Support;

/// <summary>
/// The real minutes (Falco's, and two other projects') in <c>../shared/corpus</c> beside the checkout. They are read in place, never
/// copied into the repository. A missing corpus fails the test loudly rather than skipping it.
/// </summary>
public static class SharedCorpus
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Directory => Root.Value;
    public static string FalcoNotes => Path.Combine(Directory, "falco", "meeting-notes");
    public static string Gold => Path.Combine(Directory, "falco", "gold");

    /// <summary>The Falco project's settings in this repository (its series rules), which the Falco notes are read with.</summary>
    public static string FalcoSettings => Path.Combine(RepositoryRoot.Path, "examples", "falco", "archive.yml");
    public static string Seed => Path.Combine(Directory, "seed");

    /// <summary>Another project's minutes folder and its silver labels (see SILVER.md).</summary>
    public static (string Notes, string Silver) Project(string name, string notesFolder) =>
        (Path.Combine(Directory, name, notesFolder), Path.Combine(Directory, name, "silver"));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (System.IO.Directory.Exists(Path.Combine(candidate, "falco", "meeting-notes"))) return candidate;
        }
        throw new DirectoryNotFoundException(
            "../shared/corpus was not found beside the checkout; the corpus tests need it (CI provides it)");
    }
}
