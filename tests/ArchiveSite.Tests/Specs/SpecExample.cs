using System.Text.RegularExpressions;

namespace ArchiveSite.Tests.Specs;

/// <summary>
/// One example of a literate spec file (Markdig's format): a fenced <c>example</c> block holding the
/// note, a line with a single '.', and the expected summary of what the parser read.
/// </summary>
public sealed partial record SpecExample(string File, int Line, string Heading, string Note, string Expected)
{
    [GeneratedRegex(@"^`{32} example\n(?<note>.*?)^\.\n(?<expected>.*?)^`{32}$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Example();

    public static IEnumerable<SpecExample> Load(string path)
    {
        var text = System.IO.File.ReadAllText(path).Replace("\r\n", "\n");
        foreach (Match m in Example().Matches(text))
        {
            var line = text[..m.Index].Count(c => c == '\n') + 1;
            var heading = Example().Replace(text[..m.Index], "").Split('\n').LastOrDefault(l => l.StartsWith('#'))?.TrimStart('#', ' ') ?? "";
            yield return new SpecExample(System.IO.Path.GetFileName(path), line, heading,
                m.Groups["note"].Value.Replace('→', '\t'), m.Groups["expected"].Value.TrimEnd('\n'));
        }
    }

    /// <summary>Every example of the spec files in <paramref name="folder"/> (under the test output's Specs/), as xunit's MemberData wants them.</summary>
    public static IEnumerable<object[]> In(string folder) =>
        Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, folder), "*.md")
            .Order(StringComparer.Ordinal)
            .SelectMany(Load)
            .Select(e => new object[] { e });

    public override string ToString() => $"{File}:{Line} {Heading}";
}
