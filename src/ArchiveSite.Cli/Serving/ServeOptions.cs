using ArchiveSite.Site;

namespace ArchiveSite.Cli.Serving;

/// <summary>What <c>archive-site serve</c> was asked for.</summary>
/// <param name="SettingsFile">archive.yml outside the content folder (<c>--config</c>).</param>
/// <param name="Hosts">Host names answered besides localhost, 127.0.0.1 and [::1] (<c>--host</c>).</param>
/// <param name="Cache">The build cache (<c>--cache DIR</c>, <c>--no-cache</c>); null for the default.</param>
internal sealed record ServeOptions(
    string Content,
    string Output,
    int Port,
    bool Search,
    string? Theme,
    string? Pagefind,
    IReadOnlyList<string> Hosts,
    string? SettingsFile = null,
    BuildCache? Cache = null);
