using System.Globalization;
using System.Text.RegularExpressions;
using ArchiveSite.Diagnostics;
using ArchiveSite.Loading;
using YamlDotNet.RepresentationModel;
using ArchiveSite.Text;

namespace ArchiveSite.Configuration;

/// <summary>Reads <c>archive.yml</c> from the content folder; a missing file means defaults.</summary>
public static partial class SiteSettingsLoader
{
    public const string FileName = "archive.yml";

    public static SiteSettings Load(ContentFolder folder, DiagnosticBag diagnostics, string fileName = FileName) =>
        Read(YamlFile.Load(folder, fileName, diagnostics), diagnostics);

    /// <summary>The settings an archive.yml text gives (the fuzzer's way in).</summary>
    public static SiteSettings Parse(string text, DiagnosticBag diagnostics) =>
        Read(YamlText.LoadMapping(FileName, text, 1, diagnostics), diagnostics);

    private static SiteSettings Read(YamlMappingNode? map, DiagnosticBag diagnostics)
    {
        if (map is null) return SiteSettings.Default;
        var d = SiteSettings.Default;
        SettingsSchema.Check(map, SettingsSchema.Top, FileName, "setting", diagnostics);
        var github = map.Node("github") as YamlMappingNode;
        if (github is not null) SettingsSchema.Check(github, SettingsSchema.GitHub, FileName, "key of github:", diagnostics);
        var defaultRepo = github?.Scalar("default_repo") ?? map.Scalar("default_repo");
        string? owner = (github?.Scalar("default_owner") ?? map.Scalar("default_owner"))?.Trim().ToLowerInvariant(), repo = null;
        if (defaultRepo is not null)
        {
            var parts = defaultRepo.Trim().ToLowerInvariant().Split('/');
            if (parts is [{ Length: > 0 } o, { Length: > 0 } r]) (owner, repo) = (owner ?? o, $"{o}/{r}");
            else diagnostics.Add(Diagnostic.Error(FileName, LineOf(github ?? map, "default_repo"), ColumnOf(github ?? map, "default_repo"), $"default_repo '{defaultRepo}' must be written owner/repo, like octo-org/website"));
        }
        var repositories = (github?.Sequence("repositories") ?? map.Sequence("repositories"))
            .OfType<YamlScalarNode>().Where(n => !string.IsNullOrWhiteSpace(n.Value)).Select(n => n.Value!.Trim().ToLowerInvariant()).ToList();
        return new SiteSettings(
            map.Scalar("title") ?? d.Title,
            BaseUrl(map, diagnostics) ?? d.BaseUrl,
            SourceUrl(map, diagnostics),
            owner, repo, repositories,
            map.Scalar("theme"),
            Links(map, diagnostics),
            MaxNoteSize(map, diagnostics),
            SeriesRules(map, diagnostics),
            map.Sequence("topic_tags").OfType<YamlScalarNode>().Select(n => n.Value?.Trim()).OfType<string>().Where(t => t.Length > 0).ToList(),
            GitHubHost(github, diagnostics),
            Selection(map, diagnostics));
    }

    /// <summary><c>include:</c>, <c>exclude:</c> (globs, or one glob) and <c>default_excludes: false</c>.</summary>
    private static NoteSelection Selection(YamlMappingNode map, DiagnosticBag diagnostics)
    {
        var include = Globs(map, "include", diagnostics);
        var exclude = Globs(map, "exclude", diagnostics);
        var defaults = map.Scalar("default_excludes")?.Trim().ToLowerInvariant();
        if (defaults is not (null or "true" or "false"))
            diagnostics.Add(Diagnostic.Error(FileName, LineOf(map, "default_excludes"), ColumnOf(map, "default_excludes"),
                $"default_excludes '{Shortened(defaults)}' should be true or false"));
        return new NoteSelection(include, exclude, defaults != "false");
    }

    private static List<string> Globs(YamlMappingNode map, string key, DiagnosticBag diagnostics)
    {
        var nodes = map.Node(key) switch
        {
            null => [],
            YamlScalarNode one => [one],
            YamlSequenceNode list => list.Children.ToList(),
            var other => [other],
        };
        var globs = new List<string>();
        foreach (var node in nodes)
        {
            if (node is not YamlScalarNode { Value: { Length: > 0 } glob })
            {
                diagnostics.Add(Diagnostic.Error(FileName, node.Line(), (int)node.Start.Column,
                    $"{key} should be a list of globs, like {key}: [\"meetings/**\", \"*-notes.md\"]"));
                continue;
            }
            try
            {
                NoteSelection.Compile(glob);
                globs.Add(glob);
            }
            catch (NotSupportedException)
            {
                diagnostics.Add(Diagnostic.Error(FileName, node.Line(), (int)node.Start.Column,
                    $"{key} '{Shortened(glob)}' has too many wildcards to match in linear time; write a shorter glob, like \"meetings/**\""));
            }
        }
        return globs;
    }

    /// <summary><c>github.host</c>: a GitHub Enterprise Server's web host name (<c>github.example.com</c>); github.com by default.</summary>
    private static string GitHubHost(YamlMappingNode? github, DiagnosticBag diagnostics)
    {
        if (github?.Scalar("host")?.Trim() is not { Length: > 0 } host) return SiteSettings.PublicGitHubHost;
        if (Uri.CheckHostName(host) == UriHostNameType.Dns && !host.Contains('/', StringComparison.Ordinal)) return host.ToLowerInvariant();
        diagnostics.Add(Diagnostic.Error(FileName, LineOf(github, "host"), ColumnOf(github, "host"),
            $"github.host '{host}' should be a host name such as github.example.com (no scheme, no path)"));
        return SiteSettings.PublicGitHubHost;
    }

    /// <summary>
    /// <c>series:</c> — a list of <c>{ name, slug?, path?, title? }</c>: <c>path</c> a glob of note paths,
    /// <c>title</c> a pattern of note titles; each rule needs a name and at least one of the two.
    /// </summary>
    private static List<SeriesRule> SeriesRules(YamlMappingNode map, DiagnosticBag diagnostics)
    {
        var rules = new List<SeriesRule>();
        if (map.Node("series") is not { } node) return rules;
        if (node is not YamlSequenceNode list)
        {
            diagnostics.Add(Diagnostic.Error(FileName, node.Line(), (int)node.Start.Column,
                "series should be a list of rules, each like '- { name: Community Call, title: community call }'"));
            return rules;
        }
        foreach (var item in list.Children)
        {
            if (item is YamlMappingNode known) SettingsSchema.Check(known, SettingsSchema.SeriesRule, FileName, "key of a series rule", diagnostics);
            if (item is not YamlMappingNode rule || rule.Scalar("name") is not { } name)
            {
                diagnostics.Add(Diagnostic.Error(FileName, item.Line(), (int)item.Start.Column,
                    "each series rule needs a name, and a path glob or a title pattern: '- { name: Office Hours, path: \"*-office-hours.md\" }'"));
                continue;
            }
            var path = rule.Scalar("path");
            var title = rule.Scalar("title");
            if (path is null && title is null)
            {
                diagnostics.Add(Diagnostic.Error(FileName, item.Line(), (int)item.Start.Column,
                    $"series rule '{name}' takes no note: give it a path glob ('path: \"office-hours/**\"') or a title pattern ('title: office hours')"));
                continue;
            }
            // Patterns run on .NET's non-backtracking engine (linear time), which refuses some constructs and
            // any pattern whose automaton would be too large: a sentence for the author, not an exception.
            Regex? titlePattern = null, pathGlob = null;
            try
            {
                if (title is not null) titlePattern = SeriesRule.TitlePattern(title);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                diagnostics.Add(Diagnostic.Error(FileName, rule.Node("title")!.Line(), (int)rule.Node("title")!.Start.Column,
                    $"series rule '{name}': title '{Shortened(title!)}' is not a pattern this tool can run ({(e is NotSupportedException ? "look-arounds, back-references, atomic and balancing groups are not supported, nor patterns this long" : e.Message)}); write words, '|' between alternatives, '^' for the start"));
                continue;
            }
            try
            {
                if (path is not null) pathGlob = SeriesRule.PathGlob(path);
            }
            catch (NotSupportedException)
            {
                diagnostics.Add(Diagnostic.Error(FileName, rule.Node("path")!.Line(), (int)rule.Node("path")!.Start.Column,
                    $"series rule '{name}': path '{Shortened(path!)}' has too many wildcards to match in linear time; write a shorter glob, like \"office-hours/**\""));
                continue;
            }
            var slug = Slug.From(rule.Scalar("slug") ?? name);
            rules.Add(new SeriesRule(slug, name, titlePattern, pathGlob));
        }
        return rules;
    }

    /// <summary>A pattern as messages quote it: a pull request can make it as long as the file.</summary>
    private static string Shortened(string text) => text.Length <= 80 ? text : text[..77] + "...";

    /// <summary>
    /// A base URL as <c>--base-url</c> or <c>base_url</c> may give it: an http(s) URL, or a path from the
    /// site's root. Anything else (<c>javascript:</c>, <c>//host</c>, a bare word) would end up in every href.
    /// </summary>
    public static string? BaseUrlProblem(string value)
    {
        if (IsWebUrl(value)) return null;
        if (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal) && !value.Contains(':') && !value.Contains('\\')) return null;
        return $"'{value}' is not an http(s) URL or a path starting with '/'; write it like https://example.org/archive/ or /archive/";
    }

    private static string? BaseUrl(YamlMappingNode map, DiagnosticBag diagnostics)
    {
        var value = map.Scalar("base_url");
        if (value is null || BaseUrlProblem(value) is not { } problem) return value;
        diagnostics.Add(Diagnostic.Error(FileName, LineOf(map, "base_url"), ColumnOf(map, "base_url"), $"base_url {problem}"));
        return null;
    }

    private static string? SourceUrl(YamlMappingNode map, DiagnosticBag diagnostics)
    {
        var value = map.Scalar("source_url");
        if (value is null) return null;
        if (IsWebUrl(value)) return value.TrimEnd('/');
        diagnostics.Add(Diagnostic.Error(FileName, LineOf(map, "source_url"), ColumnOf(map, "source_url"),
            $"source_url '{value}' is not an http(s) URL; write the web address of the notes folder, like https://github.com/OWNER/REPO/blob/main/notes"));
        return null;
    }

    private static LinkPolicy Links(YamlMappingNode map, DiagnosticBag diagnostics)
    {
        var value = map.Scalar("symlinks");
        switch (value?.ToLowerInvariant())
        {
            case null or "refuse": return LinkPolicy.Refuse;
            case "inside": return LinkPolicy.Inside;
            default:
                diagnostics.Add(Diagnostic.Error(FileName, LineOf(map, "symlinks"), ColumnOf(map, "symlinks"),
                    $"symlinks '{value}' is not understood; write 'symlinks: inside' to follow links that stay inside the content folder, or leave it out"));
                return LinkPolicy.Refuse;
        }
    }

    private static long MaxNoteSize(YamlMappingNode map, DiagnosticBag diagnostics)
    {
        var value = map.Scalar("max_note_size");
        if (value is null) return SiteSettings.DefaultMaxNoteBytes;
        var m = SizeText().Match(value);
        if (m.Success && double.TryParse(m.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            var unit = m.Groups["u"].Value.ToLowerInvariant();
            var bytes = n * (unit.StartsWith('m') ? 1 << 20 : unit.StartsWith('k') ? 1 << 10 : 1);
            if (bytes <= 1L << 30) return (long)bytes;
        }
        diagnostics.Add(Diagnostic.Error(FileName, LineOf(map, "max_note_size"), ColumnOf(map, "max_note_size"),
            $"max_note_size '{value}' is not a size up to 1024 MB; write it like 4 MB or 500 KB"));
        return SiteSettings.DefaultMaxNoteBytes;
    }

    private static bool IsWebUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host) && (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase));

    private static int LineOf(YamlMappingNode map, string key) => map.Node(key)?.Line() ?? map.Line();

    private static int ColumnOf(YamlMappingNode map, string key) => (int)(map.Node(key)?.Start.Column ?? 0);

    [GeneratedRegex(@"^\s*(?<n>[0-9]+(?:\.[0-9]+)?)\s*(?<u>bytes?|b|kb|kib|k|mb|mib|m)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SizeText();
}
