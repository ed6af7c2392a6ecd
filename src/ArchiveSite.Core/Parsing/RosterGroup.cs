using System.Text.RegularExpressions;

namespace ArchiveSite.Parsing;

/// <summary>
/// The groups a roster sorts people into (<c>**Members**</c>, <c>### Guests</c>, <c>Visitors:</c>, <c>Committee</c>):
/// what the people below are, never a person. And a roster line naming two people (<c>Ana &amp; Bo</c>).
/// </summary>
internal static partial class RosterGroup
{
    [GeneratedRegex(@"^\W*(?:(?:voting|non-voting|regular|core|tsc|tc|committee|board|steering|council|wg|working group|team|staff|community|other|new)\s+)?(?:members?|guests?|visitors?|observers?|committee|council|board|staff|maintainers|contributors|community|participants|attendees|delegates|representatives|invited(?: experts?| guests?)?|others|emeritus|alumni)(?:\s*\([^)]*\))?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupLabel();

    // "Ana Lima & Bo Chen", "Ana and Bo": two people, each one to three capitalised words.
    [GeneratedRegex(@"^\s*(?<a>\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})\s+(?:&|and)\s+(?<b>\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})\s*$")]
    private static partial Regex Pair();

    public static bool IsGroupLabel(string line) => GroupLabel().IsMatch(line.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal));

    public static IEnumerable<string> SplitPair(string line)
    {
        var bare = line.Trim().TrimStart('-', '*', '+').Trim();
        return Pair().Match(bare) is { Success: true } pair ? [pair.Groups["a"].Value, pair.Groups["b"].Value] : [line];
    }
}
