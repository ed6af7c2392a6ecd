using System.Text.RegularExpressions;
using ArchiveSite.Model;

namespace ArchiveSite.Resolution;

/// <summary>
/// Whether a bare <c>#N</c> is an issue of the repository the notes link most, when archive.yml does not name that
/// repository: only when something says so. The words around it (<c>issue</c>, <c>PR</c>, <c>fixed by</c>), a link to
/// that repository on the same line, or a number within the range of the ones the notes link there (ten or more;
/// <c>#4788</c> in notes whose highest link there is #1227 numbers something else); never, whatever the words, one past
/// twice that highest (<c>PR #3359</c> is another repository's). Otherwise it stays text, and
/// <c>check</c> says so: a reference to an issue that does not exist is worse than none.
/// </summary>
internal static partial class BareNumbers
{
    public static bool AreIssues(ReferenceMention mention, ReferenceDefaults defaults, ISet<int> linesLinkingDefault)
    {
        if (defaults.HighestWritten is not { } highest) return true;
        // "Consensus specifications, PR #3359" in notes whose links to ethereum/pm go no higher than #1280: a PR, but of
        // a repository the words do not name. Past twice the highest number the notes ever link there, no word makes
        // it that repository's (a repository's newest PRs run a little past the notes' links, not to twice them; and
        // not by a hundred, where the notes link only a few low numbers there).
        if (mention.Key.Number > 2L * highest && mention.Key.Number > highest + 100L) return false;
        if (SaidToBeAnIssue(mention) || linesLinkingDefault.Contains(mention.Source.Line)) return true;
        return mention.Key.Number >= 10 && mention.Key.Number <= highest;
    }

    // "PR #12", "issues #12 and #14", "#12 (merged)", "fixed in #12": the word just before the number or just after it,
    // not anywhere in the sentence ("the next one is #4788. So I opened a PR").
    private static bool SaidToBeAnIssue(ReferenceMention mention)
    {
        var written = "#" + mention.Key.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var at = mention.Snippet.IndexOf(written, StringComparison.Ordinal);
        if (at < 0) return false;
        var before = mention.Snippet[Math.Max(0, at - 30)..at];
        var after = mention.Snippet[(at + written.Length)..Math.Min(mention.Snippet.Length, at + written.Length + 15)];
        return IssueWordsBefore().IsMatch(before) || IssueWordsAfter().IsMatch(after);
    }

    /// <summary>The snippet's words just before the bare number (at most 60 characters), or null when it is not found in it.</summary>
    public static string? WordsBefore(ReferenceMention mention)
    {
        var written = "#" + mention.Key.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var at = mention.Snippet.IndexOf(written, StringComparison.Ordinal);
        return at < 0 ? null : mention.Snippet[Math.Max(0, at - 60)..at];
    }

    [GeneratedRegex(@"\b(?:issues?|prs?|pull(?:\s+requests?)?|pulls|tickets?|bugs?|fix(?:es|ed)?|close[sd]?|merged?|resolve[sd]?|backport(?:ed|s)?|regression|reverts?|reopen(?:ed)?|opened|filed|raised|created|submitted|landed|see)\b(?:\s+(?:in|by|at|on|to|with|and|or|of))?[\s:,(]*(?:#[0-9]+[\s,]*(?:and|or|&)?\s*)*$", RegexOptions.IgnoreCase)]
    private static partial Regex IssueWordsBefore();

    [GeneratedRegex(@"^\s*[(,]?\s*(?:pr|issue|pull request|merged|closed|fixed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IssueWordsAfter();
}
