using ArchiveSite.Loading;

namespace ArchiveSite.Configuration;

/// <summary>Site settings from <c>archive.yml</c> beside the notes; every field has a default.</summary>
/// <param name="BaseUrl">Where the site is published: an http(s) URL, or a path starting with '/'.</param>
/// <param name="SourceUrl">Web address (http or https) of the notes folder in the source repository, for "view source" links (e.g. <c>https://github.com/falcosecurity/community/blob/main/meeting-notes</c>).</param>
/// <param name="DefaultOwner">Owner for references written without one (<c>libs#12</c>); null: inferred from the notes' links.</param>
/// <param name="DefaultRepository"><c>owner/repo</c> for bare references (<c>#1192</c>) with no repository nearby; null: inferred from the notes' links.</param>
/// <param name="Repositories">owner/repo names the archive expects; empty means any.</param>
/// <param name="Theme">Theme folder, relative to the content folder; null for the built-in default.</param>
/// <param name="Links">Whether symbolic links inside the content folder are followed (<c>symlinks: inside</c>).</param>
/// <param name="MaxNoteBytes">A larger note is an error (<c>max_note_size</c>), so one file cannot exhaust the build's memory.</param>
/// <param name="Series">The <c>series:</c> rules, in order; empty means every series is inferred from the notes.</param>
/// <param name="GitHubHost">The GitHub web host refs.json's addresses must be on (<c>github.host</c>, for GitHub Enterprise Server).</param>
/// <param name="Notes">include/exclude globs: which Markdown files are minutes; null for the defaults.</param>
/// <param name="TopicTags">Bracket tags the notes open agenda items with that name a topic, not a presenter (<c>topic_tags: [demo, plugins]</c>).</param>
public sealed record SiteSettings(
    string Title,
    string BaseUrl,
    string? SourceUrl,
    string? DefaultOwner,
    string? DefaultRepository,
    IReadOnlyList<string> Repositories,
    string? Theme,
    LinkPolicy Links = LinkPolicy.Refuse,
    long MaxNoteBytes = SiteSettings.DefaultMaxNoteBytes,
    IReadOnlyList<SeriesRule>? Series = null,
    IReadOnlyList<string>? TopicTags = null,
    string GitHubHost = SiteSettings.PublicGitHubHost,
    NoteSelection? Notes = null)
{
    /// <summary>Which Markdown files are minutes (<c>include:</c>, <c>exclude:</c>, <c>default_excludes:</c>).</summary>
    public NoteSelection Selection => Notes ?? NoteSelection.Default;

    /// <summary>2 MB: fifty times the largest real note seen, and about 200 MB of memory to read.</summary>
    public const long DefaultMaxNoteBytes = 2 << 20;

    /// <summary>The web host of public GitHub: where refs.json's addresses must be unless <c>github.host</c> names another.</summary>
    public const string PublicGitHubHost = "github.com";

    public IReadOnlyList<SeriesRule> SeriesRules => Series ?? [];

    /// <summary>Whether an agenda item's tag names a topic rather than a person (compared without case).</summary>
    public bool IsTopicTag(string tag) => TopicTags?.Contains(tag, StringComparer.OrdinalIgnoreCase) == true;

    public static readonly SiteSettings Default = new(
        "Meeting Archive", "/", null, null, null, [], null);
}
