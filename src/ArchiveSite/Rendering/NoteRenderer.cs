using ArchiveSite.Markdown;
using ArchiveSite.Markdown.References;
using ArchiveSite.Model;
using ArchiveSite.PostProcessing;
using ArchiveSite.Resolution;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ArchiveSite.Text;
using ArchiveSite.Urls;

using System.Security.Cryptography;
using System.Text;

namespace ArchiveSite.Rendering;

/// <summary>
/// Renders one call's notes to HTML for its page, and decides nothing: what the notes mean, and where each
/// of their addresses leads, was settled when they were read and resolved. Links are rewritten on the
/// Markdown tree with the resolver's answers (<see cref="Meeting.Addresses"/>): a link to another note goes
/// to that call's page, a host without a scheme gets https, a relative link to a file that is not a note goes
/// to the source repository or becomes its words. Text references (<c>falco#1191</c>) link to their pages;
/// unsafe addresses lose their links, headings get anchors, and a note with raw HTML in it is sanitized.
/// </summary>
public sealed class NoteRenderer(Archive archive, SiteAddress address, IReadOnlyDictionary<string, string> callPathByNote)
{

    public string Render(Meeting meeting, IEnumerable<string> reservedIds)
    {
        // The parser reported this with the note's line; the sanitizer must not be handed it.
        if (meeting.RawHtmlTooDeep) return "<p>These notes are not shown: their HTML nests too deeply.</p>";
        var document = Markdig.Markdown.Parse(meeting.Markdown, NotePipeline.Instance);
        // One walk of the tree for every pass below (taken before they add their own markup as HTML inlines).
        var nodes = MarkdownNodes.All(document);
        var hasRawHtml = nodes.Exists(n => n is HtmlBlock or HtmlInline);
        foreach (var link in nodes.OfType<LinkInline>())
            Settle(link, meeting.Addresses);
        if (hasRawHtml)
            RawHtmlLinks.Settle(nodes, url => Settled(meeting.Addresses, url));
        NoteLinks.Apply(nodes, ReferencePageOf);
        foreach (var reference in nodes.OfType<ReferenceInline>())
            reference.Href = archive.ReferenceDefaults.Complete(reference.Owner, reference.Repo, reference.Number) is { } key ? ReferenceHref(key) : null;
        NoteHeadings.Apply(nodes.OfType<HeadingBlock>().ToList(), new HashSet<string>(reservedIds, StringComparer.Ordinal));
        var html = Markdig.Markdown.ToHtml(document, NotePipeline.Instance);
        // Without raw HTML, every tag comes from Markdig and every address has passed NoteLinks: there is
        // nothing for a sanitizer to find, and parsing the HTML again would cost a third of the page's time.
        return hasRawHtml ? NoteSanitizer.Current.Sanitize(html) : html;
    }

    /// <summary>
    /// A hash of everything <see cref="Render"/> reads for this call, so that an unchanged page need not be
    /// rendered to be known unchanged: the notes, their file, the ids taken, the site's address and source,
    /// how text references complete, each PR or issue they name (its page and its count of calls), and where
    /// each address the resolver settled leads (the same answer rendering uses, however the address is spelled:
    /// `a.m%64`, `a&#46;md`). The incremental-equals-clean test (tests/.../IncrementalBuildTests) holds this
    /// list to account.
    /// </summary>
    public string Fingerprint(Meeting meeting, IEnumerable<string> reservedIds)
    {
        var text = new StringBuilder(meeting.Markdown.Length + 256);
        text.Append(meeting.Markdown).Append('\0').Append(meeting.Source.File).Append('\0').Append(address.Href("/")).Append('\0')
            .Append(archive.Settings.SourceUrl).Append('\0').Append(_defaults.Value).Append('\0');
        foreach (var id in reservedIds) text.Append(id).Append(' ');
        foreach (var key in meeting.References.Select(r => r.Key).Distinct())
            text.Append('\0').Append(key.ToString()).Append('=').Append(ReferencePageOf(key)?.Calls ?? -1);
        foreach (var (url, target) in meeting.Addresses.OrderBy(p => p.Key, StringComparer.Ordinal))
            text.Append('\0').Append(url).Append('>').Append(Href(target) ?? "-");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private readonly Lazy<string> _defaults = new(() =>
        $"{archive.ReferenceDefaults.Owner}/{archive.ReferenceDefaults.Repository}/{string.Join(',', archive.ReferenceDefaults.OwnerByRepository.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}:{p.Value}"))}");

    private string? ReferenceHref(ReferenceKey key) =>
        archive.ReferencesByKey.ContainsKey(key) ? address.Href(SitePaths.Reference(key)) : null;

    private ReferencePage? ReferencePageOf(ReferenceKey key) =>
        ReferenceHref(key) is { } href ? new ReferencePage(href, archive.ReferencesByKey[key].Calls) : null;

    // An address the resolver settled takes its answer; one without a scheme it did not settle cannot be
    // placed, so it keeps only its words. Any other address stays as written (NoteLinks judges its scheme).
    private void Settle(LinkInline link, IReadOnlyDictionary<string, LinkTarget> addresses)
    {
        var url = link.Url?.Trim();
        if (url is null || (!addresses.ContainsKey(url) && !NoteAddresses.NeedsSettling(url))) return;
        if (Settled(addresses, url) is { } settled) link.Url = settled;
        else NoteLinks.Unwrap(link);
    }

    private string? Settled(IReadOnlyDictionary<string, LinkTarget> addresses, string url) =>
        addresses.TryGetValue(url, out var target) ? Href(target) : null;

    private string? Href(LinkTarget target) => target switch
    {
        LinkTarget.Note note => callPathByNote.TryGetValue(note.File, out var path) ? address.Href(path) : null,
        LinkTarget.Web web => web.Url,
        _ => null,
    };
}
