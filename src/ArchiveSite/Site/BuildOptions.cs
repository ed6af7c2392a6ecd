namespace ArchiveSite.Site;

/// <param name="BaseUrl">Overrides <c>base_url</c> from <c>archive.yml</c> (deploy previews build with their own URL).</param>
/// <param name="Search">Run the search indexer as the build's last stage.</param>
/// <param name="Cache">What earlier builds kept (<see cref="BuildCache"/>); null uses the user's default cache folder.</param>
/// <param name="Theme">The theme folder (<c>--theme</c>), over archive.yml's <c>theme:</c> and the tool's own.</param>
/// <param name="Pagefind">The Pagefind binary (<c>--pagefind</c>); null looks where <see cref="Search.PagefindIndexer.Locate"/> says.</param>
/// <param name="DryRun">Run every stage that can fail (render, feed, sitemap, link check) into a temporary
/// folder that is then deleted, leaving <see cref="Output"/> alone: what <c>check</c> runs, so that a note
/// that passes <c>check</c> builds.</param>
/// <param name="Configuration">archive.yml as a caller already read it; null reads it at the start of the build.</param>
/// <param name="SettingsFile">archive.yml outside the content folder (<c>--config</c>); null for the content folder's own.</param>
/// <param name="Kinds">The kinds of page and output the site has; null for the tool's own (<see cref="SiteKinds.Default"/>).</param>
/// <param name="KeepUnchangedSite">Keep the last site whole when nothing it was made from has changed (<see cref="LastSite"/>);
/// false for <c>serve</c>, which needs the model a build makes.</param>
public sealed record BuildOptions(
    string Content,
    string Output,
    string? BaseUrl = null,
    bool Search = true,
    BuildCache? Cache = null,
    string? Theme = null,
    string? Pagefind = null,
    bool DryRun = false,
    Configuration.SiteConfiguration? Configuration = null,
    string? SettingsFile = null,
    SiteKinds? Kinds = null,
    bool KeepUnchangedSite = true)
{
    /// <summary>archive.yml read once for this build: its theme, its link policy, and the loader's settings.</summary>
    public Configuration.SiteConfiguration ReadConfiguration() => Configuration ?? ArchiveSite.Configuration.SiteConfiguration.Read(Content, SettingsFile);
}
