using System.Text.RegularExpressions;
using ArchiveSite.Diagnostics;
using ArchiveSite.Markdown;
using ArchiveSite.Markdown.References;
using ArchiveSite.Model;
using ArchiveSite.PostProcessing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ArchiveSite.Text;
using ArchiveSite.Urls;

namespace ArchiveSite.Rendering;

/// <summary>
/// Renders one call's notes to HTML for its page. Links are settled on the Markdown tree, where each has
/// its line: a link to another note goes to that call's page here, a link without a scheme
/// (<c>github.com/x</c>) gets https, and a relative link to a file that is not a note goes to the source
/// repository (or, without <c>source_url</c>, is reported and left as text). Text references
/// (<c>falco#1191</c>) link to their pages here; unsafe addresses lose their links, headings get anchors,
/// and a note with raw HTML in it is sanitized.
/// </summary>
public sealed partial class NoteRenderer(Archive archive, SiteAddress address, IReadOnlyDictionary<string, string> callPathByNote)
{
    public string Render(Meeting meeting, IEnumerable<string> reservedIds, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(meeting.Markdown, NotePipeline.Instance);
        DropTitleHeading(document);
        // One walk of the tree for every pass below (taken before they add their own markup as HTML inlines).
        var nodes = MarkdownNodes.All(document);
        var hasRawHtml = nodes.Exists(n => n is HtmlBlock or HtmlInline);
        if (hasRawHtml && RawHtmlDepth.FirstTooDeep(nodes) is { } deepLine)
        {
            diagnostics.Add(Diagnostic.Error(meeting.Source.File, meeting.MarkdownLine + deepLine, 0,
                $"the raw HTML in this call nests more than {RawHtmlDepth.Limit} elements deep; close its tags or write it in Markdown"));
            return "<p>These notes are not shown: their HTML nests too deeply.</p>";
        }
        foreach (var link in nodes.OfType<LinkInline>())
            Settle(link, meeting, diagnostics);
        if (hasRawHtml)
            RawHtmlLinks.Settle(nodes, (url, line) => SettleRelative(url, meeting, meeting.MarkdownLine + line, diagnostics));
        NoteLinks.Apply(nodes, ReferenceHref);
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

    /// <summary>A note that is one call starts with its title, which the page already shows as its h1.</summary>
    private static void DropTitleHeading(MarkdownDocument document)
    {
        if (document.Count > 0 && document[0] is HeadingBlock heading && DateText.TryFind(InlineText.Plain(heading), out _))
            document.RemoveAt(0);
    }

    private void Settle(LinkInline link, Meeting meeting, DiagnosticBag diagnostics)
    {
        var url = link.Url?.Trim();
        if (string.IsNullOrEmpty(url) || url.StartsWith('#') || UrlText.HasScheme(url))
        {
            if (url is not null && NoteInSourceRepository(url) is { } noted && CallPage(noted) is { } page) link.Url = page;
            return;
        }
        var settled = SettleRelative(url, meeting, meeting.MarkdownLine + link.Line, diagnostics);
        if (settled is null) NoteLinks.Unwrap(link);
        else link.Url = settled;
    }

    /// <summary>
    /// Where a relative address of a note (a Markdown link, or an href or src in its raw HTML) should lead:
    /// a call's page, the file in the source repository, https:// for a host written without a scheme; or
    /// null, reported with the note's line, when it leads nowhere the archive knows.
    /// </summary>
    private string? SettleRelative(string url, Meeting meeting, int line, DiagnosticBag diagnostics)
    {
        if (HostLike().IsMatch(url))
        {
            diagnostics.Add(Diagnostic.Warning(meeting.Source.File, line,
                $"link '{url}' has no scheme; it was read as https://{url} (write the full address)"));
            return "https://" + url;
        }
        var target = ResolveRelative(meeting.Source.File, url);
        if (target is not null && CallPage(target) is { } callPage) return callPage;
        if (target is not null && archive.Settings.SourceUrl is { } source) return $"{source}/{target}";
        diagnostics.Add(Diagnostic.Warning(meeting.Source.File, line,
            $"link '{url}' points at no note of the archive{(target is null ? " and leaves the content folder" : "")}; it is shown as text (link a note, or set source_url in archive.yml)"));
        return null;
    }

    private string? CallPage(string noteFile) =>
        callPathByNote.TryGetValue(noteFile, out var path) ? address.Href(path) : null;

    /// <summary><c>{source_url}/2020-05-06.md</c>, the same note as the repository shows it.</summary>
    private string? NoteInSourceRepository(string url)
    {
        var source = archive.Settings.SourceUrl;
        if (source is null || !url.StartsWith(source + "/", StringComparison.OrdinalIgnoreCase)) return null;
        return UrlText.WithoutQueryAndFragment(url[(source.Length + 1)..]);
    }

    /// <summary>The path relative to the content folder a relative link names, or null when it leaves the folder.</summary>
    private static string? ResolveRelative(string noteFile, string url)
    {
        var path = Uri.UnescapeDataString(UrlText.WithoutQueryAndFragment(url));
        var parts = new List<string>();
        if (!path.StartsWith('/'))
            parts.AddRange((Path.GetDirectoryName(noteFile) ?? "").Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(segment);
        }
        return parts.Count == 0 ? null : string.Join('/', parts);
    }

    // www.example.org/..., github.com/x: a host name with a dot and a known-looking top-level domain.
    [GeneratedRegex(@"^(?:www\.)?[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*\.(?:com|org|net|io|dev|sh|co|us|edu|gov|info|me|app|cloud)(?:[/:?#]|$)")]
    private static partial Regex HostLike();
}
