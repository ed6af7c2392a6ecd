using ArchiveSite.Export;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Specs;

/// <summary>
/// meetings.json and <c>archive-site export</c> are read by other tools, so every field's name, place and shape is a
/// contract (add fields, never rename or move them). The example content's export, reviewed, is kept in
/// <c>Golden/Export/content.json</c>: GitHub's facts from refs.json, statements, decisions and actions included.
/// </summary>
public sealed class ExportContractTests
{
    [Fact]
    public void TheExampleContentExportsAsReviewed()
    {
        var loaded = ArchiveLoader.Load(Path.Combine(RepositoryRoot.Path, "content"));
        Assert.False(loaded.HasErrors, string.Join('\n', loaded.Diagnostics));

        var json = ArchiveJson.Serialize(loaded.Archive);

        Assert.Contains("\"stateDate\": \"", json, StringComparison.Ordinal);
        Assert.Contains("\"statements\": [\n        {", json, StringComparison.Ordinal);
        GoldenFile.AssertMatches(Path.Combine(RepositoryRoot.Path, "tests", "ArchiveSite.Tests", "Golden", "Export", "content.json"), json);
    }

    [Fact]
    public void TheFileHasEveryPropertyOfTheDocumentInItsOrder()
    {
        // ArchiveJson writes the top object property by property (each call's object alone): one added to ExportDocument
        // must be written too.
        var loaded = ArchiveLoader.Load(Path.Combine(RepositoryRoot.Path, "content"));
        using var json = System.Text.Json.JsonDocument.Parse(ArchiveJson.Serialize(loaded.Archive));

        var declared = typeof(ExportDocument).GetConstructors().Single().GetParameters()
            .Select(p => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Name!));
        Assert.Equal(declared, json.RootElement.EnumerateObject().Select(p => p.Name));
    }
}
