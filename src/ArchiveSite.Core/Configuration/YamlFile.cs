using ArchiveSite.Diagnostics;
using ArchiveSite.Loading;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Configuration;

/// <summary>Reads a settings file of the content folder (a regular file, size-bounded) into YamlDotNet's node model.</summary>
internal static class YamlFile
{
    /// <returns>The top-level mapping; null when the file is absent or has errors (reported).</returns>
    public static YamlMappingNode? Load(ContentFolder folder, string fileName, DiagnosticBag diagnostics)
    {
        if (!folder.Has(fileName)) return null;
        var bytes = folder.Read(fileName, ContentFolder.SettingsFileLimit, diagnostics, "split it or trim it");
        if (bytes is null) return null;
        var text = TextDecoding.Decode(fileName, bytes, diagnostics);
        return text is null ? null : YamlText.LoadMapping(fileName, text, 1, diagnostics);
    }

    public static string? Scalar(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)
            ? s.Value.Trim()
            : null;

    /// <summary>The node under a key, or null.</summary>
    public static YamlNode? Node(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public static IEnumerable<YamlNode> Sequence(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? node is YamlSequenceNode seq ? seq.Children : [node]
            : [];

    public static int Line(this YamlNode node) => (int)node.Start.Line;
}
