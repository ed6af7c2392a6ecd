using ArchiveSite.Markdown;
using ArchiveSite.Markdown.References;
using ArchiveSite.Model;
using ArchiveSite.PostProcessing;
using ArchiveSite.Resolution;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ArchiveSite.Text;
using ArchiveSite.Urls;

namespace ArchiveSite.Rendering;

/// <summary>
/// Renders one call's notes to HTML for its page, and does nothing else: what the notes mean was settled
/// when they were read and resolved. Links are rewritten on the Markdown tree with the resolver's answers
/// (<see cref="LinkTargets"/>): a link to another note goes to that call's page, a host without a scheme
/// gets https, a relative link to a file that is not a note goes to the source repository or becomes its
/// words. Text references (<c>falco#1191</c>) link to their pages; unsafe addresses lose their links,
/// headings get anchors, and a note with raw HTML in it is sanitized.
/// </summary>
public sealed class NoteRenderer(Archive archive, SiteAddress address, IReadOnlyDictionary<string, string> callPathByNote)
{
    private readonly LinkTargets targets = new(callPathByNote.Keys.ToHashSet(StringComparer.Ordinal), archive.Settings.SourceUrl);

    public string Render(Meeting meeting, IEnumerable<string> reservedIds)
    {
        var document = Markdig.Markdown.Parse(meeting.Markdown, NotePipeline.Instance);
        // One walk of the tree for every pass below (taken before they add their own markup as HTML inlines).
        var nodes = MarkdownNodes.All(document);
        var hasRawHtml = nodes.Exists(n => n is HtmlBlock or HtmlInline);
        // The parser reported this with the note's line; the sanitizer must not be handed it.
        if (hasRawHtml && RawHtmlDepth.FirstTooDeep(nodes) is not null)
            return "<p>These notes are not shown: their HTML nests too deeply.</p>";
        var file = meeting.Source.File;
        foreach (var link in nodes.OfType<LinkInline>())
            Settle(link, file);
        if (hasRawHtml)
            RawHtmlLinks.Settle(nodes, url => Href(targets.Settle(file, url)));
        NoteLinks.Apply(nodes, ReferencePageOf);
        foreach (var reference in nodes.OfType<ReferenceInline>())
            reference.Href = archive.ReferenceDefaults.Complete(reference.Owner, reference.Repo, reference.Number) is { } key ? ReferenceHref(key) : null;
        NoteHeadings.Apply(nodes.OfType<HeadingBlock>().ToList(), new HashSet<string>(reservedIds, StringComparer.Ordinal));
        var html = Markdig.Markdown.ToHtml(document, NotePipeline.Instance);
        // Without raw HTML, every tag comes from Markdig and every address has passed NoteLinks: there is
        // nothing for a sanitizer to find, and parsing the HTML again would cost a third of the page's time.
        return hasRawHtml ? NoteSanitizer.Current.Sanitize(html) : html;
    }

    private string? ReferenceHref(ReferenceKey key) =>
        archive.ReferencesByKey.ContainsKey(key) ? address.Href(SitePaths.Reference(key)) : null;

    private ReferencePage? ReferencePageOf(ReferenceKey key) =>
        ReferenceHref(key) is { } href ? new ReferencePage(href, archive.ReferencesByKey[key].Calls) : null;

    private void Settle(LinkInline link, string noteFile)
    {
        var url = link.Url?.Trim();
        if (url is null) return;
        if (!NoteAddresses.NeedsSettling(url))
        {
            if (targets.NoteInSourceRepository(url) is { } noted) link.Url = Href(new LinkTarget.Note(noted));
            return;
        }
        if (Href(targets.Settle(noteFile, url)) is { } settled) link.Url = settled;
        else NoteLinks.Unwrap(link);
    }

    private string? Href(LinkTarget target) => target switch
    {
        LinkTarget.Note note => address.Href(callPathByNote[note.File]),
        LinkTarget.Web web => web.Url,
        _ => null,
    };
}
