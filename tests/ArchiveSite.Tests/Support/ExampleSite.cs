namespace ArchiveSite.Tests.Support;

/// <summary>The repository's example content (content/) built once for a test class, removed after it.</summary>
public sealed class ExampleSite : IDisposable
{
    private readonly TempFolder _temp = new();

    public ExampleSite()
    {
        var content = System.IO.Path.Combine(_temp.Path, "content");
        SiteContent.CopyExample(content);
        Site = BuiltSite.Build(content, System.IO.Path.Combine(_temp.Path, "site"));
        Assert.True(Site.Result.Succeeded, Site.Errors());
    }

    public BuiltSite Site { get; }

    public void Dispose() => _temp.Dispose();
}
