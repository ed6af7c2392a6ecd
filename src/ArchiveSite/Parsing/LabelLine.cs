using System.Text.RegularExpressions;

namespace ArchiveSite.Parsing;

/// <summary>A bold label at the start of a line: <c>**MC:** Name</c>, <c>**Who joined**:</c>, <c>- **MC Next Call**: Leo</c>.</summary>
internal static partial class LabelLine
{
    [GeneratedRegex(@"^\s*(?:[-*+]\s+)?(?:\*\*|__)(?<label>[^*_]{1,40}?)\s*:?\s*(?:\*\*|__)\s*:?\s*(?<rest>.*)$")]
    private static partial Regex Label();

    public static bool TryRead(string line, out SectionKind kind, out string rest)
    {
        kind = SectionKind.Content;
        rest = "";
        var m = Label().Match(line);
        if (!m.Success) return false;
        kind = SectionKinds.Classify(m.Groups["label"].Value);
        rest = m.Groups["rest"].Value.Trim();
        return kind != SectionKind.Content;
    }
}
