using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.Loading;
using ArchiveSite.Site;

namespace ArchiveSite.Checking;

/// <summary>
/// <c>archive-site check</c>: everything a reviewer of a notes PR wants to know, without touching the site.
/// It runs the build itself as a dry run (<see cref="BuildOptions.DryRun"/>: every page rendered, the feed
/// and sitemap written, every internal link checked, into a temporary folder that is then deleted), so
/// that a green <c>check</c> means a green <c>build</c>; and adds the lints only a reviewer needs, such as
/// profile links whose text and address disagree.
/// </summary>
public static class NoteChecker
{
    /// <param name="Inferred">What was worked out from the notes rather than set in archive.yml (<see cref="Inferences"/>).</param>
    public sealed record Result(IReadOnlyList<Diagnostic> Diagnostics, int Notes, int Calls, IReadOnlyList<string> Inferred)
    {
        public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
    }

    public static Result Check(string contentDirectory, string? theme = null, Rendering.TemplateCache? templates = null, string? settingsFile = null)
    {
        var configuration = SiteConfiguration.Read(contentDirectory, settingsFile);
        var build = SiteBuilder.Build(new BuildOptions(contentDirectory, Path.Combine(Path.GetTempPath(), "archive-site-check"),
            Search: false, Templates: templates, Theme: theme, DryRun: true, Configuration: configuration));
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(build.Diagnostics);

        var (folder, settings, _, _) = configuration;
        // The build reported why any note cannot be read; here only the readable ones are linted.
        var unread = new DiagnosticBag();
        Parallel.ForEach(folder.Notes(unread), file =>
        {
            var bytes = folder.Read(file, settings.MaxNoteBytes, unread);
            if (bytes is not null && TextDecoding.Decode(file, bytes, unread) is { } text)
                diagnostics.AddRange(ProfileLinkLint.Check(file, text));
        });
        var inferred = build.Archive is { } archive ? Inferences.Describe(archive) : [];
        return new Result(Distinct(diagnostics.Sorted()), build.Notes, build.Calls, inferred);
    }

    /// <summary>A call copied into several notes is rendered once, but say each finding once even so.</summary>
    private static List<Diagnostic> Distinct(IReadOnlyList<Diagnostic> sorted) => sorted.Distinct().ToList();
}
