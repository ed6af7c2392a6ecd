using System.Text.RegularExpressions;

namespace ArchiveSite.Markdown.References;

/// <summary>
/// Finds <c>repo#N</c>, <c>owner/repo#N</c>, bare <c>#N</c> and GitHub's own shorthand <c>GH-N</c> in plain text; not a
/// bare number that counts something else (<c>Topic #1</c>, <c>Meeting #56</c>, <c>EIP #4844</c>, or <c>#4844</c> beside
/// <c>EIP-4844</c>). <c>PR#12</c> and <c>issue#3</c> are bare numbers, the word before them no repository.
/// </summary>
internal static partial class ReferenceTextScanner
{
    // Not preceded by a word character, '/', '&' (entities) or '#'; the number ends at a non-word character.
    // "owner/repo #8" may have a space before the number; "repo#8" and a bare "#8" may not. "GH-8" is how GitHub
    // itself lets a comment name an issue or PR of its repository.
    [GeneratedRegex(@"(?<![\w/&#.@-])(?:(?:(?<o>[A-Za-z0-9][A-Za-z0-9-]{0,38})/(?<r>[A-Za-z0-9][A-Za-z0-9._-]{0,99}) ?|(?<r>[A-Za-z0-9][A-Za-z0-9._-]{0,99}))?#|(?<gh>[Gg][Hh]-))(?<n>[0-9]{1,7})(?![\w#-])")]
    private static partial Regex TextReference();

    // Words written before "#N" that say what the number is ("PR#12", "issue#3"): a bare number, not a repository's.
    private static readonly HashSet<string> KindWords = new(StringComparer.OrdinalIgnoreCase) { "pr", "prs", "pull", "pulls", "issue", "issues" };

    // Words written before "#N" that number something else ("no#3", "C#7").
    private static readonly HashSet<string> NotRepositories = new(StringComparer.OrdinalIgnoreCase)
        { "number", "no", "nr", "item", "step", "point", "c", "f" };

    // Words that number something other than an issue when they stand before a bare "#N": "Topic #1", "Item #3",
    // "EIP #4844", "devnet #10", "Meeting #56", "Call #12", "Slide #4".
    [GeneratedRegex(@"(?:^|[^\w])(?:topic|topics|item|items|agenda|eip|eips|erc|rip|bip|tip|sip|fip|nip|devnet|testnet|shadowfork|shadow fork|meeting|meetings|call|calls|episode|ep|slide|slides|step|part|round|point|option|question|session|no|nr|number|week|day|sprint|phase|track|room|table|line|page|chapter|section|rank|place|level|version|season|vote|poll|acd|acde|acdc|acdt|breakout|workshop|cohort|batch|block|slot|epoch|run|attempt|test|game|episode|newsletter|issue of|edition|volume|vol|chain|network|node|validator|fork)\s*[:.]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CounterBefore();

    // "EIP-4844", "ERC 20": the standard a bare "#4844" on the same line then numbers, not an issue.
    [GeneratedRegex(@"\b(?:eip|erc|rip|bip)s?[- ]?(?<n>[0-9]{1,7})\b", RegexOptions.IgnoreCase)]
    private static partial Regex StandardNumber();

    /// <param name="Shorthand">Written <c>GH-N</c>: a reference by GitHub's own rule, not a bare number that may be one.</param>
    public readonly record struct Match(int Index, int Length, string? Owner, string? Repo, int Number, bool Shorthand = false);

    /// <summary>Whether the text may hold a reference at all (a '#', or GitHub's "GH-"), before any pattern is run.</summary>
    public static bool MayHold(ReadOnlySpan<char> text) => text.IndexOf('#') >= 0 || text.Contains("gh-", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<Match> Scan(string text)
    {
        if (!MayHold(text)) yield break;
        HashSet<string>? standards = null;
        foreach (System.Text.RegularExpressions.Match m in TextReference().Matches(text))
        {
            var repo = m.Groups["r"].Success ? m.Groups["r"].Value : null;
            var owner = m.Groups["o"].Success ? m.Groups["o"].Value : null;
            // "PR#12": the word says what the number is; it names no repository.
            var saidWhat = repo is not null && owner is null && KindWords.Contains(repo);
            if (saidWhat) repo = null;
            if (repo is not null && NotRepositories.Contains(repo)) continue;
            // "3#4", "2.0#1": a score or a version; a repository named in prose has a letter in its name.
            if (repo is not null && !repo.Any(char.IsAsciiLetter)) continue;
            if (!int.TryParse(m.Groups["n"].Value, out var n) || n <= 0) continue;
            // A bare "#N" after a word that counts something else; "GH-N" is GitHub's own and always a reference.
            if (repo is null && !saidWhat && !m.Groups["gh"].Success
                && (CounterBefore().IsMatch(text.AsSpan(Math.Max(0, m.Index - 24), Math.Min(m.Index, 24)).ToString()) || (standards ??= Standards(text)).Contains(m.Groups["n"].Value))) continue;
            yield return new Match(m.Index, m.Length, owner?.ToLowerInvariant(), repo?.ToLowerInvariant(), n, m.Groups["gh"].Success);
        }
    }

    // Read once per text, however many bare numbers it holds.
    private static HashSet<string> Standards(string text) =>
        StandardNumber().Matches(text).Select(m => m.Groups["n"].Value).ToHashSet(StringComparer.Ordinal);
}
