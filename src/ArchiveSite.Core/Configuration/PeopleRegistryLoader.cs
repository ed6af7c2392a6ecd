using ArchiveSite.Diagnostics;
using ArchiveSite.Loading;
using YamlDotNet.RepresentationModel;
using ArchiveSite.Text;

namespace ArchiveSite.Configuration;

/// <summary>
/// Reads <c>people.yml</c>:
/// <code>
/// leodido: {name: Leonardo Di Donato, aliases: [Leo Di Donato]}
/// leogr:
///   name: Leonardo Grasso
///   aliases: [Grasso, {name: Leo, from: 2021-01-01}]
/// ashutosh: {name: Ashutosh, github: none}   # named in the notes, no GitHub handle known
/// </code>
/// </summary>
public static class PeopleRegistryLoader
{
    public const string FileName = "people.yml";

    public static PeopleRegistry Load(ContentFolder folder, DiagnosticBag diagnostics) =>
        Read(YamlFile.Load(folder, FileName, diagnostics), diagnostics);

    /// <summary>The registry a people.yml text gives (the fuzzer's way in).</summary>
    public static PeopleRegistry Parse(string text, DiagnosticBag diagnostics) =>
        Read(YamlText.LoadMapping(FileName, text, 1, diagnostics), diagnostics);

    private static PeopleRegistry Read(YamlMappingNode? map, DiagnosticBag diagnostics)
    {
        if (map is null) return PeopleRegistry.Empty;
        var people = new Dictionary<string, RegisteredPerson>(StringComparer.OrdinalIgnoreCase);
        foreach (var (keyNode, value) in map.Children)
        {
            // YamlText admits only plain-text keys.
            var key = ((YamlScalarNode)keyNode).Value?.Trim().TrimStart('@').ToLowerInvariant();
            if (string.IsNullOrEmpty(key)) continue;
            if (people.ContainsKey(key))
            {
                diagnostics.Add(Diagnostic.Error(FileName, keyNode.Line(), 1,
                    $"'{key}' is listed twice (handles are compared without case); merge the two entries"));
                continue;
            }
            if (value is not YamlMappingNode entry)
            {
                diagnostics.Add(Diagnostic.Error(FileName, value.Line(), 1,
                    $"'{key}' should be a mapping such as '{key}: {{name: Full Name, aliases: [Nick]}}'"));
                continue;
            }
            SettingsSchema.Check(entry, SettingsSchema.Person, FileName, $"key of '{key}'", diagnostics);
            if (entry.Node("name") is { } nameNode and not YamlScalarNode)
                diagnostics.Add(Diagnostic.Error(FileName, nameNode.Line(), 1, $"the name of '{key}' should be one line of text, such as 'name: Full Name'"));
            var aliases = new List<RegisteredAlias>();
            foreach (var alias in entry.Sequence("aliases"))
                if (ReadAlias(alias, key, diagnostics) is { } a) aliases.Add(a);
            var hasGitHub = !string.Equals(entry.Scalar("github"), "none", StringComparison.OrdinalIgnoreCase);
            people[key] = new RegisteredPerson(key, entry.Scalar("name") ?? key, aliases, hasGitHub);
        }
        return new PeopleRegistry(people.Values);
    }

    private static RegisteredAlias? ReadAlias(YamlNode node, string key, DiagnosticBag diagnostics)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } name }) return new RegisteredAlias(name.Trim(), null, null);
        if (node is YamlMappingNode aliasMap) SettingsSchema.Check(aliasMap, SettingsSchema.Alias, FileName, $"key of an alias of '{key}'", diagnostics);
        if (node is YamlMappingNode map && (map.Scalar("name") ?? map.Scalar("alias")) is { } aliasName)
            return new RegisteredAlias(aliasName, Date(map, "from", diagnostics), Date(map, "until", diagnostics));
        diagnostics.Add(Diagnostic.Error(FileName, node.Line(), 1,
            $"an alias of '{key}' should be a name or '{{name: Nick, from: yyyy-mm-dd, until: yyyy-mm-dd}}'"));
        return null;
    }

    private static DateOnly? Date(YamlMappingNode map, string field, DiagnosticBag diagnostics)
    {
        var text = map.Scalar(field);
        if (text is null) return null;
        if (DateText.TryParseIso(text, out var date)) return date;
        diagnostics.Add(Diagnostic.Error(FileName, map.Line(), 1, $"'{field}: {text}' is not a date; write yyyy-mm-dd"));
        return null;
    }
}
