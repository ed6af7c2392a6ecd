using AngleSharp.Dom;
using ArchiveSite.Markdown.References;
using ArchiveSite.Model;

namespace ArchiveSite.PostProcessing;

/// <summary>
/// Turns the HTML Markdig made from one call's notes into HTML fit for the call page, in one AngleSharp
/// DOM: sanitized, headings with ids and anchors under the page's outline, external links with
/// <c>rel="noopener"</c>, and every link to a GitHub PR or issue the archive knows followed by a link to
/// its page here ("calls"), so a reader can go from a call to every other call that discussed it.
/// </summary>
public static class NoteHtmlCleaner
{
    /// <param name="referencePage">The archive's page for a reference, or null when it has none.</param>
    /// <param name="reservedIds">Ids the page template already uses; note headings get others.</param>
    public static string Clean(string html, Func<ReferenceKey, string?> referencePage, IEnumerable<string> reservedIds)
    {
        var document = NoteSanitizer.Current.SanitizeDom(html);
        var body = document.Body!;
        HeadingAnchors.Apply(body, new HashSet<string>(reservedIds, StringComparer.Ordinal));
        // An image a note gave no description is marked decorative rather than read out as its file name.
        foreach (var image in body.QuerySelectorAll("img:not([alt])")) image.SetAttribute("alt", "");
        foreach (var link in body.QuerySelectorAll("a[href]").ToList())
        {
            var href = link.GetAttribute("href")!;
            if (!href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !href.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                continue;
            link.SetAttribute("rel", "noopener");
            if (GitHubUrl.TryParseReference(href, out var key, out _) && referencePage(key) is { } page)
                AppendCallsLink(link, key, page);
        }
        return body.InnerHtml;
    }

    private static void AppendCallsLink(IElement link, ReferenceKey key, string page)
    {
        var calls = link.Owner!.CreateElement("a");
        calls.ClassName = "ref-calls";
        calls.SetAttribute("href", page);
        calls.SetAttribute("title", $"Every call that discussed {key}");
        calls.TextContent = "calls";
        calls.SetAttribute("data-pagefind-ignore", ""); // a control, not words of the note

        link.After(calls);
        link.After(link.Owner.CreateTextNode(" "));
    }
}
