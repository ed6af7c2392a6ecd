namespace ArchiveSite.Site;

/// <param name="BaseUrl">Overrides <c>base_url</c> from <c>archive.yml</c> (deploy previews build with their own URL).</param>
/// <param name="Search">Run the search indexer as the build's last stage.</param>
public sealed record BuildOptions(string Content, string Output, string? BaseUrl = null, bool Search = true);
