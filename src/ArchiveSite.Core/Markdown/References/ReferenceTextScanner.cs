using System.Text.RegularExpressions;

namespace ArchiveSite.Markdown.References;

/// <summary>
/// Finds <c>repo#N</c>, <c>owner/repo#N</c> and bare <c>#N</c> in plain text; not a bare number that counts something
/// else (<c>Topic #1</c>, <c>Meeting #56</c>, <c>EIP #4844</c>, or <c>#4844</c> beside <c>EIP-4844</c>).
/// </summary>
internal static partial class ReferenceTextScanner
{
    // Not preceded by a word character, '/', '&' (entities) or '#'; the number ends at a non-word character.
    // "owner/repo #8" may have a space before the number; "repo#8" and a bare "#8" may not.
    [GeneratedRegex(@"(?<![\w/&#.@-])(?:(?<o>[A-Za-z0-9][A-Za-z0-9-]{0,38})/(?<r>[A-Za-z0-9][A-Za-z0-9._-]{0,99}) ?|(?<r>[A-Za-z0-9][A-Za-z0-9._-]{0,99}))?#(?<n>[0-9]{1,7})(?![\w#-])")]
    private static partial Regex TextReference();

    // Words that are written before "#N" but are not repositories: "PR#12", "issue#3".
    private static readonly HashSet<string> NotRepositories = new(StringComparer.OrdinalIgnoreCase)
        { "pr", "prs", "pull", "pulls", "issue", "issues", "number", "no", "nr", "item", "step", "point", "c", "f" };

    // Words that number something other than an issue when they stand before a bare "#N": "Topic #1", "Item #3",
    // "EIP #4844", "devnet #10", "Meeting #56", "Call #12", "Slide #4".
    [GeneratedRegex(@"(?:^|[^\w])(?:topic|topics|item|items|agenda|eip|eips|erc|rip|bip|tip|sip|fip|nip|devnet|testnet|shadowfork|shadow fork|meeting|meetings|call|calls|episode|ep|slide|slides|step|part|round|point|option|question|session|no|nr|number|week|day|sprint|phase|track|room|table|line|page|chapter|section|rank|place|level|version|season|vote|poll|acd|acde|acdc|acdt|breakout|workshop|cohort|batch|block|slot|epoch|run|attempt|test|game|episode|newsletter|issue of|edition|volume|vol|chain|network|node|validator|fork)\s*[:.]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CounterBefore();

    // "EIP-4844", "ERC 20": the standard a bare "#4844" on the same line then numbers, not an issue.
    [GeneratedRegex(@"\b(?:eip|erc|rip|bip)s?[- ]?(?<n>[0-9]{1,7})\b", RegexOptions.IgnoreCase)]
    private static partial Regex StandardNumber();

    public readonly record struct Match(int Index, int Length, string? Owner, string? Repo, int Number);

    public static IEnumerable<Match> Scan(string text)
    {
        if (text.IndexOf('#') < 0) yield break;
        HashSet<string>? standards = null;
        foreach (System.Text.RegularExpressions.Match m in TextReference().Matches(text))
        {
            var repo = m.Groups["r"].Success ? m.Groups["r"].Value : null;
            var owner = m.Groups["o"].Success ? m.Groups["o"].Value : null;
            if (repo is not null && NotRepositories.Contains(repo)) continue;
            // "3#4", "2.0#1": a score or a version; a repository named in prose has a letter in its name.
            if (repo is not null && !repo.Any(char.IsAsciiLetter)) continue;
            if (!int.TryParse(m.Groups["n"].Value, out var n) || n <= 0) continue;
            if (repo is null && (CounterBefore().IsMatch(text.AsSpan(Math.Max(0, m.Index - 24), Math.Min(m.Index, 24)).ToString()) || (standards ??= Standards(text)).Contains(m.Groups["n"].Value))) continue;
            yield return new Match(m.Index, m.Length, owner?.ToLowerInvariant(), repo?.ToLowerInvariant(), n);
        }
    }

    // Read once per text, however many bare numbers it holds.
    private static HashSet<string> Standards(string text) =>
        StandardNumber().Matches(text).Select(m => m.Groups["n"].Value).ToHashSet(StringComparer.Ordinal);
}
