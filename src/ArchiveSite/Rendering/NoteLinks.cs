using ArchiveSite.Text;
using ArchiveSite.Model;
using System.Net;
using ArchiveSite.Markdown;
using ArchiveSite.Markdown.References;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ArchiveSite.Urls;

namespace ArchiveSite.Rendering;

/// <summary>
/// The last word on a note's links and images, on the Markdown tree (after links are settled): an address
/// with a scheme other than http, https or mailto (<c>javascript:</c>, <c>data:</c>, however it was
/// spelled) loses its link and keeps its words; external links get <c>rel="noopener"</c>; and every link
/// to a GitHub PR or issue the archive knows is followed by a link to its page here ("in 3 calls"), so a
/// reader can go from a call to every other call that discussed it.
/// </summary>
/// <summary>A reference's page in the archive and how many calls discussed it.</summary>
internal readonly record struct ReferencePage(string Href, int Calls);

internal static class NoteLinks
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    /// <param name="referencePage">The archive's page for a reference and how many calls discussed it, or null when it has none.</param>
    /// <param name="nodes">The note's tree, walked (<see cref="MarkdownNodes"/>); links already unwrapped are skipped.</param>
    public static void Apply(IReadOnlyList<MarkdownObject> nodes, Func<ReferenceKey, ReferencePage?> referencePage)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case LinkInline { Parent: null }:
                    break;
                case LinkInline link when !IsSafe(link.Url):
                    Unwrap(link);
                    break;
                case LinkInline { IsImage: false } link:
                    Finish(link, link.Url!, referencePage);
                    break;
                case AutolinkInline autolink:
                    var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                    if (!IsSafe(url)) autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    else Finish(autolink, url, referencePage);
                    break;
            }
        }
    }

    /// <summary>
    /// No scheme (a path or #fragment) or a safe one. Browsers ignore ASCII whitespace and control
    /// characters in a scheme (<c>java&#9;script:</c>), so they are dropped before looking.
    /// </summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        var bare = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray());
        if (!UrlText.HasScheme(bare)) return true;
        var scheme = bare[..bare.IndexOf(':')];
        return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    private static void Finish(Inline link, string url, Func<ReferenceKey, ReferencePage?> referencePage)
    {
        if (!UrlText.IsWeb(url)) return;
        link.GetAttributes().AddPropertyIfNotExist("rel", "noopener");
        if (GitHubUrl.TryParseReference(url, out var key, out _) && referencePage(key) is { } page)
        {
            // A bare address reads as GitHub shows it: "falcosecurity/falco#1191", not the whole URL.
            if (link is AutolinkInline || (link is LinkInline { FirstChild: LiteralInline only } && only.NextSibling is null && only.Content.ToString() == url))
                link = ShowAs(link, key.ToString());
            // The link to the archive's page is a control, not words of the note: keep it out of search excerpts.
            var text = page.Calls > 1 ? $"in {page.Calls} calls" : "archive page";
            link.InsertAfter(new HtmlInline(
                $"<a class=\"ref-calls\" href=\"{WebUtility.HtmlEncode(page.Href)}\" title=\"Every call that discussed {WebUtility.HtmlEncode(key.ToString())}\" data-pagefind-ignore=\"\">{text}</a>"));
            link.InsertAfter(new LiteralInline(" "));
        }
    }

    /// <returns>The link now in the tree (an autolink is replaced by a link with the new words).</returns>
    private static Inline ShowAs(Inline link, string text)
    {
        if (link is AutolinkInline autolink)
        {
            var replacement = new LinkInline(autolink.Url, "");
            replacement.AppendChild(new LiteralInline(text));
            replacement.GetAttributes().AddPropertyIfNotExist("rel", "noopener");
            autolink.ReplaceBy(replacement);
            return replacement;
        }
        ((LinkInline)link).FirstChild!.ReplaceBy(new LiteralInline(text));
        return link;
    }

    /// <summary>Replaces a link by its words (an image by its description).</summary>
    public static void Unwrap(LinkInline link)
    {
        if (link.IsImage)
        {
            link.ReplaceBy(new LiteralInline(InlineText.Plain(link)));
            return;
        }
        while (link.FirstChild is { } child)
        {
            child.Remove();
            link.InsertBefore(child);
        }
        link.Remove();
    }
}
