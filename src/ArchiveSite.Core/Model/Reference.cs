namespace ArchiveSite.Model;

/// <summary>A pull request or issue with every call that discussed it, oldest first, each call's mentions together.</summary>
public sealed record Reference(ReferenceKey Key, ReferenceKind Kind, IReadOnlyList<MeetingMention> Mentions)
{
    /// <summary>How many distinct calls discussed it (a call may mention it several times).</summary>
    public int Calls { get; } = Mentions.Select(m => m.MeetingId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>What the notes call it, as written there (a link's words before a line's, the latest first); null when they never say.</summary>
    public string? Title { get; init; }

    /// <summary>What GitHub says of it (refs.json), when <c>refs sync</c> fetched it; null otherwise.</summary>
    public ReferenceFacts? Facts { get; init; }

    /// <summary>GitHub's title when fetched, else the notes' words; null when neither says.</summary>
    public string? DisplayTitle => Facts?.Title ?? Title;

    public string GitHubUrl => Facts?.Url ?? $"https://github.com/{Key.Owner}/{Key.Repo}/{Kind switch { ReferenceKind.Issue => "issues", ReferenceKind.Discussion => "discussions", _ => "pull" }}/{Key.Number}";
}

/// <summary>A reference mention tied to the meeting it belongs to.</summary>
public sealed record MeetingMention(string MeetingId, DateOnly Date, ReferenceMention Mention);
