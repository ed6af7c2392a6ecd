using ArchiveSite.Diagnostics;

namespace ArchiveSite.Site;

/// <summary>What a build did: every diagnostic, whether the site was replaced, and where the time went; the archive it read; when it succeeded, what it knows for <c>serve</c>'s next edit.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    bool Succeeded,
    int Notes,
    int Calls,
    int Pages,
    IReadOnlyList<(string Stage, TimeSpan Time)> Stages,
    SiteSnapshot? Snapshot = null,
    Model.Archive? Archive = null)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
