using ArchiveSite.Diagnostics;
using ArchiveSite.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Configuration;

/// <summary>Loads a small YAML settings file into YamlDotNet's node model, reporting problems with file:line.</summary>
internal static class YamlFile
{
    public static YamlMappingNode? Load(string path, string displayName, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path)) return null;
        var text = File.ReadAllText(path);
        var depth = YamlDepth.Measure(text);
        if (depth.Depth > FrontMatterReader.MaxDepth)
        {
            diagnostics.Add(Diagnostic.Error(displayName, depth.Line + 1, 1, $"nested more than {FrontMatterReader.MaxDepth} levels deep; flatten the file"));
            return null;
        }
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0) return new YamlMappingNode();
            if (stream.Documents[0].RootNode is YamlMappingNode map) return map;
            diagnostics.Add(Diagnostic.Error(displayName, 1, 1, "expected a mapping of 'key: value' lines at the top level"));
        }
        catch (YamlException e)
        {
            var reason = (e.InnerException?.Message ?? e.Message).Split('\n')[0];
            diagnostics.Add(Diagnostic.Error(displayName, (int)e.Start.Line, (int)e.Start.Column, $"not valid YAML ({reason})"));
        }
        return null;
    }

    public static string? Scalar(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)
            ? s.Value.Trim()
            : null;

    public static IEnumerable<YamlNode> Sequence(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? node is YamlSequenceNode seq ? seq.Children : [node]
            : [];

    public static int Line(this YamlNode node) => (int)node.Start.Line;
}
