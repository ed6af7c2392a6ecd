using System.Text.RegularExpressions;

namespace ArchiveSite.Parsing;

/// <summary>
/// The groups a roster sorts people into (<c>**Members**</c>, <c>### Guests</c>, <c>Visitors:</c>, <c>Committee</c>):
/// what the people below are, never a person. And a roster line naming two people (<c>Ana &amp; Bo</c>).
/// </summary>
internal static partial class RosterGroup
{
    // Up to two words say whose group it is ("TOC Members", "Voting members", "Steering committee", "Other guests").
    [GeneratedRegex(@"^\W*(?:[\p{L}][\p{L}-]*\s+){0,2}(?:members?|guests?|visitors?|observers?|committee|council|board|staff|maintainers|contributors|community|participants|attendees|delegates|representatives|invited(?: experts?| guests?)?|others|emeritus|alumni|chairs|co-chairs|leads|liaisons|people|folks)(?:\s*\([^)]*\))?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupLabel();

    // "Team members: Josh, Niko", "Others: Ralf": a group's label, then its people on the same line.
    [GeneratedRegex(@"^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?<label>[^:*_]{1,40}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(?<rest>\S.*)$")]
    private static partial Regex LabelledGroup();

    /// <summary>The names after a group's label on one line (<c>Team members: Josh, Niko</c>), or null when the line has no such label.</summary>
    public static string? NamesAfterLabel(string line) =>
        LabelledGroup().Match(line) is { Success: true } m && IsGroupLabel(m.Groups["label"].Value) ? m.Groups["rest"].Value : null;

    // "Ana Lima & Bo Chen", "Ana and Bo": two people, each one to three capitalised words.
    [GeneratedRegex(@"^\s*(?<a>\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})\s+(?:&|and)\s+(?<b>\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})\s*$")]
    private static partial Regex Pair();

    /// <remarks>Not a label of who was absent or took the notes ("Absent members", "Members not present").</remarks>
    public static bool IsGroupLabel(string line)
    {
        var bare = line.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
        return GroupLabel().IsMatch(bare) && SectionKinds.Classify(bare) is not (SectionKind.Absent or SectionKind.Scribe);
    }

    public static IEnumerable<string> SplitPair(string line)
    {
        var bare = line.Trim().TrimStart('-', '*', '+').Trim();
        return Pair().Match(bare) is { Success: true } pair ? [pair.Groups["a"].Value, pair.Groups["b"].Value] : [line];
    }
}
