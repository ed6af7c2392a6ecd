using ArchiveSite.Diagnostics;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using ArchiveSite.Text;

namespace ArchiveSite.Loading;

/// <summary>
/// Splits YAML front matter (between <c>---</c> lines at the top of a note) from the body and reads its
/// <c>date</c>, <c>series</c> and <c>title</c> through <see cref="YamlText"/>, which bounds what hostile YAML can cost;
/// and who attended and chaired (<c>attendees:</c>, <c>participants:</c>; <c>chair:</c>, <c>moderator:</c>), as a list, a
/// line of names, or a list of <c>name:</c>/<c>github:</c> pairs. Other keys (Hugo's, for instance) are ignored.
/// </summary>
internal static partial class FrontMatterReader
{
    public sealed record Result(FrontMatter FrontMatter, string Body, int BodyFirstLine);

    public static Result? Read(string file, string text, DiagnosticBag diagnostics)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) return new Result(FrontMatter.None, text, 1);

        // A '---' that is not followed by a 'key:' line is a Markdown rule, not front matter.
        var secondLineEnd = text.IndexOf('\n', 4);
        var secondLine = secondLineEnd < 0 ? text[4..] : text[4..secondLineEnd];
        if (!YamlKeyLine().IsMatch(secondLine)) return new Result(FrontMatter.None, text, 1);

        var close = ClosingLine(text, out var yamlEnd, out var bodyStart);
        if (close < 0)
        {
            diagnostics.Add(Diagnostic.Error(file, 1, 1,
                "front matter opened by '---' is never closed; add a line '---' after the last front matter line"));
            return null;
        }

        var map = YamlText.LoadMapping(file, text[4..yamlEnd], 2, diagnostics, YamlText.Subject.FrontMatter);
        if (map is null) return null;
        var date = Scalar(file, map, "date", diagnostics, out var dateLine);
        var series = Scalar(file, map, "series", diagnostics, out _);
        var title = Scalar(file, map, "title", diagnostics, out _);
        if (date.Failed || series.Failed || title.Failed) return null;

        DateOnly? day = null;
        if (date.Value is { } dateText)
        {
            // "2024-03-05", or a date no one can read two ways: "March 5, 2024", "5 March 2024", "2024.03.05".
            if (!DateText.TryParseIso(dateText, out var d) && !(dateText.Length <= 40 && DateText.TryFind(dateText, out d, out var doubt) && doubt is null))
            {
                diagnostics.Add(Diagnostic.Error(file, dateLine, 1,
                    $"front matter date '{dateText}' is not a date, or could be read two ways; write it as yyyy-mm-dd"));
                return null;
            }
            day = d;
        }
        var body = bodyStart >= text.Length ? "" : text[bodyStart..];
        return new Result(new FrontMatter(day, series.Value, title.Value)
        {
            Attendees = Names(file, map, AttendeeKeys, diagnostics),
            Chairs = Names(file, map, ChairKeys, diagnostics),
        }, body, close + 2);
    }

    private readonly record struct Field(string? Value, bool Failed);

    /// <summary>A key's text; a list or mapping where one value belongs is an error in words.</summary>
    private static Field Scalar(string file, YamlMappingNode map, string key, DiagnosticBag diagnostics, out int line)
    {
        line = 1;
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node)) return new Field(null, false);
        line = (int)node.Start.Line + 1;
        if (node is YamlScalarNode scalar)
            return new Field(string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim(), false);
        diagnostics.Add(Diagnostic.Error(file, line, (int)node.Start.Column,
            $"front matter '{key}' should be a single value on its line (such as '{key}: {Example(key)}'), not a list or a group of keys"));
        return new Field(null, true);
    }

    private static readonly string[] AttendeeKeys = ["attendees", "participants", "present", "attendance", "attending"];
    private static readonly string[] ChairKeys = ["chair", "chairs", "moderator", "moderators", "facilitator", "host", "hosts", "mc"];

    // "attendees: Ana Lima, Bo Chen", "attendees: [Ana Lima, Bo Chen]", or a list of "- name: Ana Lima / github: alima".
    private static List<WrittenName> Names(string file, YamlMappingNode map, string[] keys, DiagnosticBag diagnostics)
    {
        var names = new List<WrittenName>();
        foreach (var key in keys)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node)) continue;
            IEnumerable<YamlNode> items = node is YamlSequenceNode sequence ? sequence.Children : [node];
            foreach (var item in items)
            {
                var line = (int)item.Start.Line + 1;
                if (item is YamlScalarNode { Value: { } value } && value.Any(char.IsLetter))
                    names.AddRange(value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => new WrittenName(n, line)));
                else if (item is YamlMappingNode person && PersonOf(person) is { } written)
                    names.Add(new WrittenName(written, line));
                else
                    diagnostics.Add(Diagnostic.Warning(file, line,
                        $"front matter '{key}' has an entry that names no one; write a name per item ('- Ana Lima'), or 'name:' and 'github:'"));
            }
        }
        return names;
    }

    // "- name: Ana Lima / github: alima" as the roster line "Ana Lima (@alima)".
    private static string? PersonOf(YamlMappingNode person)
    {
        var name = TextOf(person, "name");
        var handle = (TextOf(person, "github") ?? TextOf(person, "handle"))?.TrimStart('@');
        return handle is null ? name : name is null ? "@" + handle : $"{name} (@{handle})";
    }

    private static string? TextOf(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value } ? value.Trim() : null;

    private static string Example(string key) => key switch { "date" => "2020-05-13", "series" => "office-hours", _ => "Community Call" };

    /// <summary>Index of the line that closes the front matter ('---' or '...'), or -1.</summary>
    private static int ClosingLine(string text, out int yamlEnd, out int bodyStart)
    {
        var line = 1;
        var start = 4;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            var lineEnd = end < 0 ? text.Length : end;
            var content = text.AsSpan(start, lineEnd - start).TrimEnd(' ');
            if (content is "---" or "...")
            {
                yamlEnd = start;
                bodyStart = end < 0 ? text.Length : end + 1;
                return line;
            }
            if (end < 0) break;
            start = end + 1;
            line++;
        }
        yamlEnd = bodyStart = -1;
        return -1;
    }

    [GeneratedRegex(@"^\s*(?:#|[A-Za-z_][\w-]*\s*:(?:\s|$))")]
    private static partial Regex YamlKeyLine();
}
