using ArchiveSite.Markdown;
using ArchiveSite.Markdown.References;
using ArchiveSite.Model;
using ArchiveSite.PostProcessing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ArchiveSite.Urls;

namespace ArchiveSite.Rendering;

/// <summary>
/// Renders one call's notes to HTML for its page, and decides nothing: what the notes mean, and where each
/// of their addresses leads, was settled when they were read and resolved. <see cref="InputsOf"/> takes what
/// rendering reads from the model (<see cref="NoteInputs"/>), and <see cref="Render"/> reads only that: links
/// are rewritten on the Markdown tree with the resolver's answers (<see cref="Meeting.Addresses"/>: a link to
/// another note goes to that call's page, a host without a scheme gets https, a relative link to a file that
/// is not a note goes to the source repository or becomes its words); text references (<c>falco#1191</c>)
/// link to the pages of the PRs and issues the resolver placed in the call; unsafe addresses lose their
/// links, headings get anchors, and a note with raw HTML in it is sanitized.
/// </summary>
public sealed class NoteRenderer(Archive archive, SiteAddress address, IReadOnlyDictionary<string, string> callPathByNote)
{
    private readonly string _completionHash = NoteInputs.HashOf(archive.ReferenceDefaults);

    /// <summary>What rendering this call's notes reads, taken from the resolved model once.</summary>
    internal NoteInputs InputsOf(Meeting meeting, IEnumerable<string> reservedIds)
    {
        var references = new Dictionary<string, ReferencePage>(StringComparer.Ordinal);
        foreach (var key in meeting.References.Select(r => r.Key))
            if (archive.ReferencesByKey.TryGetValue(key, out var reference))
                references.TryAdd(key.ToString(), new ReferencePage(address.Href(SitePaths.Reference(key)), reference.Calls));
        return new NoteInputs(meeting.Markdown, meeting.RawHtmlTooDeep, reservedIds.ToList(),
            meeting.Addresses.ToDictionary(p => p.Key, p => Href(p.Value), StringComparer.Ordinal),
            references, archive.ReferenceDefaults, _completionHash);
    }

    internal static string Render(NoteInputs inputs)
    {
        // The parser reported this with the note's line; the sanitizer must not be handed it.
        if (inputs.RawHtmlTooDeep) return "<p>These notes are not shown: their HTML nests too deeply.</p>";
        var document = Markdig.Markdown.Parse(inputs.Markdown, NotePipeline.Instance);
        // One walk of the tree for every pass below (taken before they add their own markup as HTML inlines).
        var nodes = MarkdownNodes.All(document);
        var hasRawHtml = nodes.Exists(n => n is HtmlBlock or HtmlInline);
        foreach (var link in nodes.OfType<LinkInline>())
            Settle(link, inputs.Addresses);
        if (hasRawHtml)
            RawHtmlLinks.Settle(nodes, url => inputs.Addresses.GetValueOrDefault(url));
        ReferencePage? PageOf(ReferenceKey key) => inputs.References.TryGetValue(key.ToString(), out var page) ? page : null;
        NoteLinks.Apply(nodes, PageOf);
        // A text reference links only to a page of a PR or issue the resolver placed in this call.
        foreach (var reference in nodes.OfType<ReferenceInline>())
            reference.Href = inputs.Completion.Complete(reference.Owner, reference.Repo, reference.Number) is { } key ? PageOf(key)?.Href : null;
        NoteHeadings.Apply(nodes.OfType<HeadingBlock>().ToList(), new HashSet<string>(inputs.ReservedIds, StringComparer.Ordinal));
        var html = Markdig.Markdown.ToHtml(document, NotePipeline.Instance);
        // Without raw HTML, every tag comes from Markdig and every address has passed NoteLinks: there is
        // nothing for a sanitizer to find, and parsing the HTML again would cost a third of the page's time.
        return hasRawHtml ? NoteSanitizer.Current.Sanitize(html) : html;
    }

    // An address the resolver settled takes its answer; one without a scheme it did not settle cannot be
    // placed, so it keeps only its words. Any other address stays as written (NoteLinks judges its scheme).
    private static void Settle(LinkInline link, IReadOnlyDictionary<string, string?> addresses)
    {
        var url = link.Url?.Trim();
        if (url is null || (!addresses.ContainsKey(url) && !NoteAddresses.NeedsSettling(url))) return;
        if (addresses.GetValueOrDefault(url) is { } settled) link.Url = settled;
        else NoteLinks.Unwrap(link);
    }

    private string? Href(LinkTarget target) => target switch
    {
        LinkTarget.Note note => callPathByNote.TryGetValue(note.File, out var path) ? address.Href(path) : null,
        LinkTarget.Web web => web.Url,
        _ => null,
    };
}
