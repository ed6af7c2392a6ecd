using System.Text.RegularExpressions;
using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Tests.Loading;

/// <summary>
/// archive.yml and people.yml are strict: a key the tool does not know is an error with its line and the key it
/// was probably meant to be, since a typo (`titel:`, `base-url:`) would otherwise publish a site without the
/// setting. The README's settings reference and the schema are held to each other.
/// </summary>
public sealed partial class SettingsSchemaTests
{
    [Fact]
    public void AnUnknownSettingIsAnErrorNamingItsLineAndTheNearestKey()
    {
        var diagnostics = new DiagnosticBag();

        SiteSettingsLoader.Parse("titel: Widget calls\nbase-url: https://example.org/\ngithub:\n  default-repo: acme/widget\nseries:\n  - { name: Sync, pth: \"sync/**\" }\nflavour: vanilla\n", diagnostics);

        Assert.Equal(
        [
            "archive.yml:1:1: error: unknown setting 'titel' (did you mean 'title'?)",
            "archive.yml:2:1: error: unknown setting 'base-url' (did you mean 'base_url'?)",
            "archive.yml:4:3: error: unknown key of github: 'default-repo' (did you mean 'default_repo'?)",
            "archive.yml:6:5: error: series rule 'Sync' takes no note: give it a path glob ('path: \"office-hours/**\"') or a title pattern ('title: office hours')",
            "archive.yml:6:19: error: unknown key of a series rule 'pth' (did you mean 'path'?)",
            "archive.yml:7:1: error: unknown setting 'flavour'",
        ], diagnostics.Sorted().Select(d => d.ToString().Split("; the known ones are")[0]));
        Assert.Contains("the known ones are title, base_url, source_url", diagnostics.Sorted()[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownKeyInPeopleYmlIsAnErrorToo()
    {
        var diagnostics = new DiagnosticBag();

        PeopleRegistryLoader.Parse("ada-l:\n  name: Ada Lovelace\n  alias: [Ada]\n  aliases:\n    - { name: AL, form: 2020-01-01 }\n", diagnostics);

        Assert.Equal(
        [
            "people.yml:3:3: error: unknown key of 'ada-l' 'alias' (did you mean 'aliases'?)",
            "people.yml:5:19: error: unknown key of an alias of 'ada-l' 'form' (did you mean 'from'?)",
        ], diagnostics.Sorted().Select(d => d.ToString().Split("; the known ones are")[0]));
    }

    [Fact]
    public void TheReadmesSettingsReferenceShowsEverySettingAndNoOther()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var section = readme[readme.IndexOf("### Settings: `archive.yml`", StringComparison.Ordinal)..];
        var block = YamlBlock().Match(section).Groups["yaml"].Value;
        var yaml = new YamlStream();
        yaml.Load(new StringReader(block));
        var map = (YamlMappingNode)yaml.Documents[0].RootNode;

        var top = map.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();
        var github = ((YamlMappingNode)map.Children[new YamlScalarNode("github")]).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();
        var rule = map.Children[new YamlScalarNode("series")] is YamlSequenceNode rules
            ? rules.Children.OfType<YamlMappingNode>().SelectMany(r => r.Children.Keys).Select(k => ((YamlScalarNode)k).Value!).Distinct().ToList() : [];

        // The top-level default_repo, default_owner and repositories are the older spelling of github:'s, read but not shown.
        Assert.Equal(SettingsSchema.Top.Except(SettingsSchema.GitHub).Order(), top.Order());
        Assert.Equal(SettingsSchema.GitHub.Order(), github.Order());
        Assert.Equal(SettingsSchema.SeriesRule.Order(), rule.Order());
    }

    [GeneratedRegex("```yaml\n(?<yaml>.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
