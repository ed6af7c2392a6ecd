namespace ArchiveSite.Model;

/// <summary>
/// Someone who took part in calls. The key is the lowercase GitHub handle when one is known,
/// otherwise the name as written; aliases are every other spelling that resolved to this person.
/// </summary>
public sealed record Person(string Key, string Name, string? GitHub, IReadOnlyList<string> Aliases)
{
    public string? GitHubUrl => GitHub is null ? null : $"https://github.com/{GitHub}";
}
