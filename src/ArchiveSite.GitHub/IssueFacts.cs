using ArchiveSite.Model;
using ArchiveSite.Refs;
using Octokit;

namespace ArchiveSite.GitHub;

/// <summary>
/// GitHub's answer about one issue or pull request (REST's issue object, which also describes pull requests
/// and says when one was merged) as the facts refs.json stores, within the limits its reader enforces.
/// </summary>
internal static class IssueFacts
{
    public static ReferenceFacts From(Issue issue, string? etag)
    {
        var pull = issue.PullRequest;
        var state = issue.State.StringValue == "open" ? ReferenceState.Open
            : pull?.MergedAt is not null ? ReferenceState.Merged
            : ReferenceState.Closed;
        var when = state switch
        {
            ReferenceState.Merged => pull!.MergedAt,
            ReferenceState.Closed => issue.ClosedAt,
            _ => null,
        };
        return Storable(new ReferenceFacts
        {
            Kind = pull is null ? ReferenceKind.Issue : ReferenceKind.Pull,
            Title = issue.Title,
            State = state,
            StateDate = when is { } w ? DateOnly.FromDateTime(w.UtcDateTime) : null,
            Author = issue.User?.Login,
            Labels = issue.Labels?.Select(l => l.Name).ToList() ?? [],
            Milestone = issue.Milestone?.Title,
            Url = issue.HtmlUrl,
            ETag = etag,
        });
    }

    /// <summary>
    /// Facts cut to what refs.json admits: control characters out, lengths capped, a login or address that
    /// is not one dropped. GitHub's own data passes unchanged; this only keeps one odd answer from making the
    /// file that the build reads unreadable.
    /// </summary>
    public static ReferenceFacts Storable(ReferenceFacts facts) => facts with
    {
        Title = Line(facts.Title, RefsFile.MaxTitle),
        Author = facts.Author is { } a && RefsFile.IsLogin(a) ? a : null,
        Labels = facts.Labels.Select(l => Line(l, RefsFile.MaxLabel)).OfType<string>().Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).Take(RefsFile.MaxLabels).ToList(),
        Milestone = Line(facts.Milestone, RefsFile.MaxMilestone),
        // Whatever host the API answered from (GitHub Enterprise too); the build checks it against github.host.
        Url = facts.Url is { } u && RefsFile.IsReferenceUrl(u, host: null) ? u : null,
        ETag = facts.ETag is { Length: <= RefsFile.MaxETag } e && e.All(c => c is >= ' ' and <= '~') ? e : null,
    };

    private static string? Line(string? text, int max)
    {
        if (text is null) return null;
        var clean = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        if (clean.Length > max) clean = Text.TextElements.Prefix(clean, max - 1).TrimEnd() + "…";
        return clean.Length == 0 ? null : clean;
    }
}
