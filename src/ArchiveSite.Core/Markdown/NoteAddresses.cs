using System.Text.RegularExpressions;
using ArchiveSite.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MemoryPack;

namespace ArchiveSite.Markdown;

/// <summary>An address a note writes without a scheme (<c>../2020/notes.md</c>, <c>github.com/x</c>), with its Markdig line.</summary>
[MemoryPackable]
public readonly partial record struct WrittenAddress(string Url, int Line);

/// <summary>
/// The addresses of a note that need settling against the archive: Markdown links and images, and
/// <c>href</c>/<c>src</c> in raw HTML, whose address has no scheme and is not a #fragment. Parsing reads
/// them to report the ones that lead nowhere; rendering rewrites the same ones, so the two never disagree.
/// </summary>
public static partial class NoteAddresses
{
    public static IEnumerable<WrittenAddress> Relative(IEnumerable<MarkdownObject> nodes)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case LinkInline link when link.Url?.Trim() is { } url && NeedsSettling(url):
                    yield return new WrittenAddress(url, link.Line);
                    break;
                case HtmlInline inline:
                    foreach (var url in InHtml(inline.Tag)) yield return new WrittenAddress(url, inline.Line);
                    break;
                case HtmlBlock block:
                    for (var i = 0; i < block.Lines.Count; i++)
                        foreach (var url in InHtml(block.Lines.Lines[i].Slice.ToString())) yield return new WrittenAddress(url, block.Line + i);
                    break;
            }
        }
    }

    /// <summary>
    /// Markdown links with a scheme to a Markdown file (<c>https://github.com/o/r/blob/main/2020-05-06.md#notes</c>):
    /// the ones that may be another note as its repository shows it, which the resolver sends to that call's page
    /// when the address is under <c>source_url</c>.
    /// </summary>
    public static IEnumerable<string> ToMarkdownFiles(IEnumerable<MarkdownObject> nodes)
    {
        foreach (var node in nodes)
            if (node is LinkInline link && link.Url?.Trim() is { Length: > 0 } url && UrlText.HasScheme(url)
                && UrlText.WithoutQueryAndFragment(url).EndsWith(".md", StringComparison.Ordinal))
                yield return url;
    }

    /// <summary>Empty, #fragment and scheme addresses are left as they are (the sanitizer judges schemes).</summary>
    public static bool NeedsSettling(string url) => url.Length > 0 && !url.StartsWith('#') && !UrlText.HasScheme(url);

    /// <summary>An HTML address that can be rewritten (an entity in it would need decoding first, so it is left alone).</summary>
    public static bool NeedsSettlingInHtml(string url) => NeedsSettling(url) && !url.Contains('&');

    private static IEnumerable<string> InHtml(string html)
    {
        if (!html.Contains('=')) yield break;
        foreach (Match m in HtmlAddress().Matches(html))
            if (m.Groups["v"].Value.Trim() is var url && NeedsSettlingInHtml(url)) yield return url;
    }

    /// <summary>href=..., src=... with a double-quoted, single-quoted or bare value (group <c>v</c>), named in group <c>name</c>.</summary>
    [GeneratedRegex("""(?<![\w-])(?<name>href|src)\s*=\s*(?:"(?<v>[^"]*)"|'(?<v>[^']*)'|(?<v>[^\s"'=<>`]+))""", RegexOptions.IgnoreCase)]
    public static partial Regex HtmlAddress();
}
