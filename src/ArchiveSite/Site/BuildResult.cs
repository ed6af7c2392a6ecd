using ArchiveSite.Diagnostics;

namespace ArchiveSite.Site;

/// <summary>What a build did: every diagnostic, whether the site was replaced, what it counted, and where the time went; the archive it read (none when it kept the last site whole); when it made the site, what it knows for <c>serve</c>'s next edit.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    bool Succeeded,
    int Notes,
    int Calls,
    int Pages,
    IReadOnlyList<(string Stage, TimeSpan Time)> Stages,
    SiteSnapshot? Snapshot = null,
    Model.Archive? Archive = null,
    int People = 0,
    int References = 0)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
