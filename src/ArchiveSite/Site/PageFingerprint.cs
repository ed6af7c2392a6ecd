using ArchiveSite.Caching;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using ArchiveSite.Rendering.Views;

namespace ArchiveSite.Site;

/// <summary>
/// What a page is made from, as one hash: its template's name and its view model, every property of it, as
/// JSON. View models carry finished text and hrefs (templates only lay them out), so two pages with equal
/// fingerprints under the same theme and tool are the same bytes, and a build that finds a page's fingerprint
/// unchanged keeps the last build's file without rendering it. The one part of a model that is costly to make,
/// a call's rendered notes, stands in the model as the hash of its own inputs (<see cref="CallPage.NotesFingerprint"/>).
/// </summary>
public static class PageFingerprint
{
    public static byte[] Of(string template, PageModel model) =>
        ValueHash.Of(template, model, PageModelJson.Default.GetTypeInfo(model.GetType())
            ?? throw new InvalidOperationException($"{model.GetType().Name} is missing from {nameof(PageModelJson)}: add it there"));

    /// <summary>
    /// The build of the code a page is made by: the core's (how notes are read, <see cref="CacheStore.ToolBuild"/>)
    /// and the site's (how models are built and notes rendered), which change apart now that they are two assemblies.
    /// </summary>
    public static readonly string ToolBuild = CacheStore.ToolBuild + typeof(PageFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>
    /// What every page depends on besides its model: the tool's build (how models are turned into HTML) and
    /// the theme's templates, byte for byte. The theme's assets need not be named: their fingerprinted names
    /// are in every model's <see cref="PageModel.Site"/>.
    /// </summary>
    public static string Common(string toolBuild, string templatesFolder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(toolBuild + "\n"));
        AppendFolder(hash, templatesFolder);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Every file of a folder (none if it does not exist), by its relative path and its bytes.</summary>
    public static void AppendFolder(IncrementalHash hash, string folder)
    {
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }
    }
}

/// <summary>Every page model, for <see cref="PageFingerprint"/>: a new kind of page adds its model here.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(HomePage))]
[JsonSerializable(typeof(SearchPage))]
[JsonSerializable(typeof(NotFoundPage))]
[JsonSerializable(typeof(CallsPage))]
[JsonSerializable(typeof(SeriesIndexPage))]
[JsonSerializable(typeof(PersonPage))]
[JsonSerializable(typeof(CallPage))]
[JsonSerializable(typeof(ReferencesPage))]
[JsonSerializable(typeof(RepositoryPage))]
[JsonSerializable(typeof(ReferencePage))]
[JsonSerializable(typeof(PeoplePage))]
[JsonSerializable(typeof(DecisionsPage))]
[JsonSerializable(typeof(ActionsPage))]
[JsonSerializable(typeof(StatsPage))]
[JsonSerializable(typeof(SaidPage))]
internal sealed partial class PageModelJson : JsonSerializerContext;
