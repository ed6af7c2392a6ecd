namespace ArchiveSite.Configuration;

/// <summary>Site settings from <c>archive.yml</c> beside the notes; every field has a default.</summary>
/// <param name="SourceUrl">Web address of the notes folder in the source repository, for "view source" links (e.g. <c>https://github.com/falcosecurity/community/blob/main/meeting-notes</c>).</param>
/// <param name="DefaultOwner">Owner for references written without one (<c>falco#1191</c>).</param>
/// <param name="DefaultRepo">Repository for bare references (<c>#1192</c>) with no repository nearby.</param>
/// <param name="Repositories">owner/repo names the archive expects; empty means any.</param>
/// <param name="Theme">Theme folder, relative to the content folder; null for the built-in default.</param>
public sealed record SiteSettings(
    string Title,
    string BaseUrl,
    string? SourceUrl,
    string DefaultOwner,
    string DefaultRepo,
    IReadOnlyList<string> Repositories,
    string? Theme)
{
    public static readonly SiteSettings Default = new(
        "Meeting Archive", "/", null, "falcosecurity", "falco", [], null);
}
