using System.Text.RegularExpressions;

namespace ArchiveSite.Markdown.References;

/// <summary>Finds <c>repo#N</c>, <c>owner/repo#N</c> and bare <c>#N</c> in plain text.</summary>
internal static partial class ReferenceTextScanner
{
    // Not preceded by a word character, '/', '&' (entities) or '#'; the number ends at a non-word character.
    [GeneratedRegex(@"(?<![\w/&#.@-])(?:(?:(?<o>[A-Za-z0-9][A-Za-z0-9-]{0,38})/)?(?<r>[A-Za-z0-9][A-Za-z0-9._-]{0,99}))?#(?<n>\d{1,7})(?![\w#-])")]
    private static partial Regex TextReference();

    // Words that are written before "#N" but are not repositories: "PR#12", "issue#3".
    private static readonly HashSet<string> NotRepositories = new(StringComparer.OrdinalIgnoreCase)
        { "pr", "prs", "pull", "pulls", "issue", "issues", "number", "no", "nr", "item", "step", "point", "c", "f" };

    public readonly record struct Match(int Index, int Length, string? Owner, string? Repo, int Number);

    public static IEnumerable<Match> Scan(string text)
    {
        if (text.IndexOf('#') < 0) yield break;
        foreach (System.Text.RegularExpressions.Match m in TextReference().Matches(text))
        {
            var repo = m.Groups["r"].Success ? m.Groups["r"].Value : null;
            var owner = m.Groups["o"].Success ? m.Groups["o"].Value : null;
            if (repo is not null && NotRepositories.Contains(repo)) continue;
            // "3#4", "2.0#1": a score or a version; a repository named in prose has a letter in its name.
            if (repo is not null && !repo.Any(char.IsAsciiLetter)) continue;
            if (!int.TryParse(m.Groups["n"].Value, out var n) || n <= 0) continue;
            yield return new Match(m.Index, m.Length, owner?.ToLowerInvariant(), repo?.ToLowerInvariant(), n);
        }
    }
}
