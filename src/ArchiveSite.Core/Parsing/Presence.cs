using System.Text.RegularExpressions;

namespace ArchiveSite.Parsing;

/// <summary>
/// Whether a roll call marks someone present: a table's Present column (<c>✓</c>, <c>yes</c>, <c>[x]</c>, <c>✗</c>, <c>[ ]</c>, <c>regrets</c>),
/// an aside on their roster line (<c>Bo Chen (absent)</c>, <c>Cy Dube - regrets</c>), a check box (<c>- [x] Ana</c>).
/// Someone a roll call does not clearly mark present is no attendee: a wrong attendee is worse than a missing one.
/// </summary>
internal static partial class Presence
{
    private static readonly string[] Headers = ["present", "present?", "attended", "attended?", "attending", "attendance", "here", "here?", "joined", "in attendance"];

    /// <summary>Whether a table header names the column that says who was there.</summary>
    public static bool IsColumn(string header) => Headers.Contains(header);

    /// <summary>What a Present column's cell says: true present, false absent, null neither (left out, and reported).</summary>
    public static bool? InCell(string cell)
    {
        var value = cell.Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal).Trim().TrimEnd('.', '!');
        if (Yes().IsMatch(value)) return true;
        if (value.Length == 0 || No().IsMatch(value) || SectionKinds.Classify(value) == SectionKind.Absent) return false;
        return null;
    }

    /// <summary>Whether a cell says present or absent in words (<c>present</c>, <c>absent</c>, <c>regrets</c>), not only by a mark (<c>yes</c>, <c>✓</c>, <c>-</c>).</summary>
    public static bool SaysInWords(string cell)
    {
        var value = cell.Replace("**", "", StringComparison.Ordinal).Trim().TrimEnd('.', '!');
        return InWords().IsMatch(value) || SectionKinds.Classify(value) == SectionKind.Absent;
    }

    [GeneratedRegex(@"^(?:present|here|attended|in[- ]person|remote|virtual|online|on[- ]site|not\s+present|away)$", RegexOptions.IgnoreCase)]
    private static partial Regex InWords();

    /// <summary>Whether a roster line's aside says the person was not there (<c>absent</c>, <c>regrets</c>, <c>apologies</c>).</summary>
    public static bool MarksAbsent(string? detail) => detail is not null && SectionKinds.Classify(detail) == SectionKind.Absent;

    [GeneratedRegex(@"^(?:[✓✔☑✅]\uFE0F?|\[[xX✓✔]\]|x|y|yes|p|present|here|attended|true|1|\+1?|in[- ]person|remote|virtual|online|on[- ]site)$", RegexOptions.IgnoreCase)]
    private static partial Regex Yes();

    [GeneratedRegex(@"^(?:[✗✘❌❎☐]\uFE0F?|\[ ?\]|n|no|a|r|e|-|–|—|false|0|not\s+present|away|out)$", RegexOptions.IgnoreCase)]
    private static partial Regex No();
}
