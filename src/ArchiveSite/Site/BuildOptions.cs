namespace ArchiveSite.Site;

/// <param name="BaseUrl">Overrides <c>base_url</c> from <c>archive.yml</c> (deploy previews build with their own URL).</param>
/// <param name="Search">Run the search indexer as the build's last stage.</param>
/// <param name="Templates">Compiled templates kept from an earlier build of this process (serve); null compiles them afresh.</param>
public sealed record BuildOptions(string Content, string Output, string? BaseUrl = null, bool Search = true, Rendering.TemplateCache? Templates = null);
