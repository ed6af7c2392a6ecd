using System.Text.RegularExpressions;
using ArchiveSite.Model;

namespace ArchiveSite.Markdown.References;

/// <summary>Reads GitHub URLs: which pull request or issue a link points at, and which repository any GitHub link is about.</summary>
public static partial class GitHubUrl
{
    // /pull/N, /pull/N/commits/SHA, /pull/N/files, /issues/N, /discussions/N, with any #fragment or ?query.
    [GeneratedRegex(@"^https?://(?:www\.)?github\.com/(?<o>[A-Za-z0-9][A-Za-z0-9-]*)/(?<r>[A-Za-z0-9._-]+)/(?<k>pull|pulls|issues|discussions)/(?<n>[0-9]{1,9})(?=$|[/?#)\s])", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceUrl();

    [GeneratedRegex(@"^https?://(?:www\.)?github\.com/(?<o>[A-Za-z0-9][A-Za-z0-9-]*)/(?<r>[A-Za-z0-9._-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex RepositoryUrl();

    [GeneratedRegex(@"https?://(?:www\.)?github\.com/[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+/(?:pull|pulls|issues|discussions)/[0-9]{1,9}[^\s)\]>""'`]*", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceUrlInText();

    // "github.com/acme/widgets/pull/112" written without its scheme, in text Markdown leaves unlinked.
    [GeneratedRegex(@"(?<![\w./:@-])(?:www\.)?github\.com/[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+/(?:pull|pulls|issues|discussions)/[0-9]{1,9}(?![0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex SchemelessReferenceUrl();

    // Path segments under github.com that are not user or organisation names.
    private static readonly HashSet<string> NotOwners = new(StringComparer.OrdinalIgnoreCase)
        { "orgs", "settings", "notifications", "marketplace", "topics", "sponsors", "features", "search", "apps" };

    public static bool TryParseReference(string? url, out ReferenceKey key, out ReferenceKind kind)
    {
        key = default;
        kind = ReferenceKind.Unknown;
        if (url is null) return false;
        var m = ReferenceUrl().Match(url);
        if (!m.Success || NotOwners.Contains(m.Groups["o"].Value)) return false;
        if (!int.TryParse(m.Groups["n"].Value, out var number) || number <= 0) return false;
        key = ReferenceKey.Create(m.Groups["o"].Value, TrimGitSuffix(m.Groups["r"].Value), number);
        kind = m.Groups["k"].Value.ToLowerInvariant() switch
        {
            "issues" => ReferenceKind.Issue,
            "discussions" => ReferenceKind.Discussion,
            _ => ReferenceKind.Pull,
        };
        return true;
    }

    /// <summary>The owner/repo a GitHub link is about, for resolving a nearby bare <c>#N</c>.</summary>
    public static (string Owner, string Repo)? Repository(string? url)
    {
        if (url is null) return null;
        var m = RepositoryUrl().Match(url);
        if (!m.Success || NotOwners.Contains(m.Groups["o"].Value)) return null;
        return (m.Groups["o"].Value.ToLowerInvariant(), TrimGitSuffix(m.Groups["r"].Value).ToLowerInvariant());
    }

    /// <summary>Reference URLs inside text that Markdown does not turn into links (code blocks, code spans).</summary>
    public static IEnumerable<string> FindInText(string text)
    {
        foreach (Match m in ReferenceUrlInText().Matches(text)) yield return m.Value;
    }

    /// <summary>Reference URLs written without a scheme (<c>github.com/acme/widgets/pull/112</c>), each given <c>https://</c>.</summary>
    public static IEnumerable<string> FindSchemelessInText(string text)
    {
        foreach (Match m in SchemelessReferenceUrl().Matches(text)) yield return "https://" + m.Value;
    }

    private static string TrimGitSuffix(string repo) =>
        repo.EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? repo[..^4] : repo;
}
