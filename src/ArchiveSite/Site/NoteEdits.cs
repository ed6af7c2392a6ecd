using ArchiveSite.Diagnostics;
using ArchiveSite.Loading;
using ArchiveSite.Parsing;
using ArchiveSite.Resolution;
using ArchiveSite.Site.Pages;
using ArchiveSite.Urls;

namespace ArchiveSite.Site;

/// <summary>
/// The fast pass of <c>serve</c>: after one note is saved, its call pages are redrawn with the new notes
/// text straight away (a few milliseconds), without reading the other notes or resolving the archive again.
/// It applies when the note still holds the same calls (same dates and series) and each is that call's
/// main copy; everything else the edit may change (people, agenda, references, lists, the calls' headers)
/// comes with the full rebuild that always follows.
/// </summary>
public static class NoteEdits
{
    /// <param name="noteFile">The note's path relative to the content folder, as the archive names its sources.</param>
    /// <returns>The site paths redrawn, or null when the edit needs the full rebuild (calls added, removed or redated, errors).</returns>
    public static IReadOnlyList<string>? Redraw(SiteSnapshot snapshot, string noteFile)
    {
        var archive = snapshot.Context.Archive;
        var before = archive.Meetings.Where(m => m.Source.File == noteFile).ToList();
        if (before.Count == 0) return null;

        var diagnostics = new DiagnosticBag();
        var settings = archive.Settings;
        var bytes = new ContentFolder(snapshot.Content, settings.Links).Read(noteFile, settings.MaxNoteBytes, diagnostics);
        if (bytes is null) return null;
        var source = NoteReader.Read(noteFile, bytes, diagnostics);
        if (source is null || diagnostics.HasAny(Severity.Error)) return null;
        var parsed = NoteParser.Parse(source, diagnostics);
        if (diagnostics.HasAny(Severity.Error)) return null;

        var after = parsed.ToLookup(p => (p.Date, p.Series.Slug));
        if (after.Count != before.Count || before.Any(m => after[(m.Date, m.Series)].Count() != 1)) return null;

        // The new text's addresses are settled as the resolver settles them, against the same notes.
        var targets = new LinkTargets(archive.Meetings.SelectMany(m => m.Sources).Select(s => s.File).ToHashSet(StringComparer.Ordinal), settings.SourceUrl);
        var redrawn = new List<string>();
        foreach (var meeting in before)
        {
            var now = after[(meeting.Date, meeting.Series)].Single();
            var edited = meeting with { Markdown = now.Markdown, Addresses = targets.SettleAll(now), RawHtmlTooDeep = now.RawHtmlTooDeep };
            var job = CallPages.One(snapshot.Context, edited, snapshot.Notes);
            var html = snapshot.Templates.Render(job.Template, job.Model());
            File.WriteAllText(Path.Combine(snapshot.Output, SitePaths.FileFor(job.Path)), html);
            redrawn.Add(job.Path);
        }
        return redrawn;
    }
}
