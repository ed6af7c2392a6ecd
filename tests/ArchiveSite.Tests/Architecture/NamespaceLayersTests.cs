using System.Text.RegularExpressions;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Architecture;

/// <summary>
/// The library's folders form one pipeline, from text helpers at the bottom to the stages that build a site at
/// the top: a folder may use the folders below it, never one above. A new dependency that points upward (a
/// cycle in the making) fails here with the file that adds it.
/// </summary>
public sealed partial class NamespaceLayersTests
{
    /// <summary>Bottom first. "" is the library's root folder (ArchiveLoader: load → parse → resolve).</summary>
    private static readonly string[] Layers =
    [
        "Diagnostics", "Files", "Text", "Loading", "Configuration", "Model", "GitHub", "Markdown", "Parsing", "Caching", "Resolution", "",
        "Export", "Urls", "PostProcessing", "Rendering", "Output", "Search", "Site", "Checking", "Authoring",
    ];

    [GeneratedRegex(@"^\s*using ArchiveSite\.(?<ns>\w+)", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    // "Parsing.SeriesNames", "ArchiveSite.Site.BuildOptions": a folder named outright in code.
    [GeneratedRegex(@"(?<![\w.])(?:ArchiveSite\.)?(?<ns>[A-Z]\w*)\.[A-Z]\w*")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex Comment();

    [Fact]
    public void EveryFolderUsesOnlyTheFoldersBelowIt()
    {
        var library = Path.Combine(RepositoryRoot.Path, "src", "ArchiveSite");
        var upward = new List<string>();
        foreach (var file in Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(library, file).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal)) continue;
            var folder = relative.Contains('/', StringComparison.Ordinal) ? relative[..relative.IndexOf('/', StringComparison.Ordinal)] : "";
            var level = Array.IndexOf(Layers, folder);
            Assert.True(level >= 0, $"src/ArchiveSite/{folder}/ is in no layer: add it to {nameof(Layers)} where it belongs");
            var code = Comment().Replace(File.ReadAllText(file), "");
            var used = UsingDirective().Matches(code).Select(m => m.Groups["ns"].Value)
                .Concat(QualifiedName().Matches(code).Select(m => m.Groups["ns"].Value))
                .Where(ns => ns != folder && Array.IndexOf(Layers, ns) >= 0)
                .Distinct(StringComparer.Ordinal);
            foreach (var ns in used)
                if (Array.IndexOf(Layers, ns) > level)
                    upward.Add($"{relative} ({(folder.Length == 0 ? "root" : folder)}) uses {ns}, which is above it");
        }
        Assert.True(upward.Count == 0, string.Join('\n', upward.Order(StringComparer.Ordinal)));
    }
}
