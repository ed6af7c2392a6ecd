namespace ArchiveSite.Model;

/// <summary>A pull request or issue with every call that discussed it, oldest first.</summary>
public sealed record Reference(ReferenceKey Key, ReferenceKind Kind, IReadOnlyList<MeetingMention> Mentions)
{
    public string GitHubUrl => $"https://github.com/{Key.Owner}/{Key.Repo}/{Kind switch { ReferenceKind.Issue => "issues", ReferenceKind.Discussion => "discussions", _ => "pull" }}/{Key.Number}";
}

/// <summary>A reference mention tied to the meeting it belongs to.</summary>
public sealed record MeetingMention(string MeetingId, DateOnly Date, ReferenceMention Mention);
