using ArchiveSite.Diagnostics;
using ArchiveSite.Parsing;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace ArchiveSite.Loading;

/// <summary>
/// Splits YAML front matter (between <c>---</c> lines at the top of a note) from the body and reads it.
/// The nesting depth is bounded before YamlDotNet sees the text: its recursive parser can overflow the
/// stack on deeply nested input, and a stack overflow cannot be caught.
/// </summary>
internal static partial class FrontMatterReader
{
    public const int MaxDepth = 32;

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .IgnoreUnmatchedProperties()
        .Build();

    public sealed record Result(FrontMatter FrontMatter, string Body, int BodyFirstLine);

    public static Result? Read(string file, string text, DiagnosticBag diagnostics)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && !text.StartsWith("---\r\n", StringComparison.Ordinal))
            return new Result(FrontMatter.None, text, 1);

        var lines = text.Split('\n');
        // A '---' that is not followed by a 'key:' line is a Markdown rule, not front matter.
        if (lines.Length < 2 || !YamlKeyLine().IsMatch(lines[1])) return new Result(FrontMatter.None, text, 1);
        var close = -1;
        for (var i = 1; i < lines.Length; i++)
        {
            var l = lines[i].TrimEnd('\r');
            if (l is "---" or "...") { close = i; break; }
        }
        if (close < 0)
        {
            diagnostics.Add(Diagnostic.Error(file, 1, 1,
                "front matter opened by '---' is never closed; add a line '---' after the last front matter line"));
            return null;
        }

        var yaml = string.Join('\n', lines[1..close]);
        var body = string.Join('\n', lines[(close + 1)..]);
        var depth = YamlDepth.Measure(yaml);
        if (depth.Depth > MaxDepth)
        {
            diagnostics.Add(Diagnostic.Error(file, depth.Line + 1, 1,
                $"front matter is nested {depth.Depth}+ levels deep (limit {MaxDepth}); front matter holds only date, series and title"));
            return null;
        }

        RawFrontMatter? raw;
        try
        {
            raw = Deserializer.Deserialize<RawFrontMatter?>(yaml);
        }
        catch (YamlException e)
        {
            var reason = (e.InnerException?.Message ?? e.Message).Split('\n')[0];
            diagnostics.Add(Diagnostic.Error(file, (int)e.Start.Line + 1, (int)e.Start.Column,
                $"front matter is not valid YAML ({reason}); fix the YAML between the '---' lines"));
            return null;
        }

        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(raw?.Date))
        {
            if (!DateText.TryParseIso(raw.Date.Trim(), out var d))
            {
                diagnostics.Add(Diagnostic.Error(file, LineOf(lines, "date:", close) + 1, 1,
                    $"front matter date '{raw.Date}' is not a date; write it as yyyy-mm-dd"));
                return null;
            }
            date = d;
        }
        return new Result(new FrontMatter(date, Blank(raw?.Series), Blank(raw?.Title)), body, close + 2);
    }

    [GeneratedRegex(@"^\s*(?:#|[A-Za-z_][\w-]*\s*:(?:\s|$))")]
    private static partial Regex YamlKeyLine();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static int LineOf(string[] lines, string key, int limit)
    {
        for (var i = 1; i < limit; i++)
            if (lines[i].TrimStart().StartsWith(key, StringComparison.OrdinalIgnoreCase)) return i;
        return 0;
    }

    // Only scalars are read; anything else in the front matter is ignored, not an error.
    private sealed class RawFrontMatter
    {
        [YamlMember(Alias = "date")] public string? Date { get; set; }
        [YamlMember(Alias = "series")] public string? Series { get; set; }
        [YamlMember(Alias = "title")] public string? Title { get; set; }
    }
}
