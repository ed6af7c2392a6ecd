using ArchiveSite.Diagnostics;
using ArchiveSite.Loading;
using ArchiveSite.Rendering;
using ArchiveSite.Site;

namespace ArchiveSite.Checking;

/// <summary>
/// <c>archive-site check</c>: everything a reviewer of a notes PR wants to know, without building. The
/// loader's findings (bad UTF-8, mojibake, undated notes, file name and heading dates that disagree,
/// duplicate or conflicting calls, unknown nicknames, attendee lines naming nobody, repositories outside
/// the configured list), what rendering would say about links (notes linking to files that are not
/// notes, addresses without a scheme), and profile links whose text and address disagree.
/// </summary>
public static class NoteChecker
{
    public sealed record Result(IReadOnlyList<Diagnostic> Diagnostics, int Notes, int Calls)
    {
        public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
    }

    public static Result Check(string contentDirectory)
    {
        var loaded = ArchiveLoader.Load(contentDirectory);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(loaded.Diagnostics);

        var archive = loaded.Archive;
        var notes = new NoteRenderer(archive, SiteAddress.Parse(archive.Settings.BaseUrl), SitePaths.CallPathsByNote(archive));
        Parallel.ForEach(archive.Meetings, meeting => notes.Render(meeting, [], diagnostics));

        Parallel.ForEach(ContentFolder.Notes(contentDirectory), file =>
        {
            var text = File.ReadAllText(Path.Combine(contentDirectory, file));
            diagnostics.AddRange(ProfileLinkLint.Check(file, text));
        });
        return new Result(Distinct(diagnostics.Sorted()), loaded.NoteCount, archive.Meetings.Count);
    }

    /// <summary>A call copied into several notes is rendered once, but say each finding once even so.</summary>
    private static List<Diagnostic> Distinct(IReadOnlyList<Diagnostic> sorted) => sorted.Distinct().ToList();
}
