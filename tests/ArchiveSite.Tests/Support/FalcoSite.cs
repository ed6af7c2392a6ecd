namespace ArchiveSite.Tests.Support;

/// <summary>The real Falco notes built once, with the search index, and shared by the tests that read the result.</summary>
public sealed class FalcoSite : IDisposable
{
    private readonly TempFolder _folder = new();

    public BuiltSite Site { get; }

    public FalcoSite() => Site = BuiltSite.Build(SharedCorpus.FalcoNotes, Path.Combine(_folder.Path, "site"), search: true, settingsFile: SharedCorpus.FalcoSettings);

    public void Dispose() => _folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class FalcoSiteCollection : ICollectionFixture<FalcoSite>
{
    public const string Name = "Falco site";
}
