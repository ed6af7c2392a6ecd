using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.Site;

namespace ArchiveSite.Checking;

/// <summary>
/// <c>archive-site check</c>: everything a reviewer of a notes PR wants to know, without touching the site.
/// It runs the build itself as a dry run (<see cref="BuildOptions.DryRun"/>: every page rendered, the feed
/// and sitemap written, every internal link checked, into a temporary folder that is then deleted), so
/// that a green <c>check</c> means a green <c>build</c>, and every note is read once (its lints, such as
/// profile links whose text and address disagree, are read with it); it adds what was inferred from the notes.
/// </summary>
public static class NoteChecker
{
    /// <param name="Inferred">What was worked out from the notes rather than set in archive.yml (<see cref="Inferences"/>).</param>
    public sealed record Result(IReadOnlyList<Diagnostic> Diagnostics, int Notes, int Calls, IReadOnlyList<string> Inferred)
    {
        public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
    }

    public static Result Check(string contentDirectory, string? theme = null, Site.BuildCache? cache = null, string? settingsFile = null)
    {
        var configuration = SiteConfiguration.Read(contentDirectory, settingsFile);
        var build = SiteBuilder.Build(new BuildOptions(contentDirectory, Path.Combine(Path.GetTempPath(), "archive-site-check"),
            Search: false, Cache: cache, Theme: theme, DryRun: true, Configuration: configuration));
        var inferred = build.Archive is { } archive ? Inferences.Describe(archive) : [];
        return new Result(Distinct(build.Diagnostics), build.Notes, build.Calls, inferred);
    }

    /// <summary>A call copied into several notes is rendered once, but say each finding once even so.</summary>
    private static List<Diagnostic> Distinct(IReadOnlyList<Diagnostic> sorted) => sorted.Distinct().ToList();
}
