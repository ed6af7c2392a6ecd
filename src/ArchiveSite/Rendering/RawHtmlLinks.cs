using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ArchiveSite.Urls;

namespace ArchiveSite.Rendering;

/// <summary>
/// Relative addresses in a note's raw HTML (<c>&lt;img src="diagram.png"&gt;</c>, <c>&lt;a href="notes.md"&gt;</c>)
/// are settled like Markdown links, on the Markdown tree where each has its line: to a call's page, to the
/// file in the source repository, or removed with a warning naming the note and line. Without this they
/// would reach the page as they are and fail the build's link check, which can name only the page.
/// Addresses with a scheme are left to the sanitizer, which drops unsafe ones.
/// </summary>
internal static partial class RawHtmlLinks
{
    /// <param name="settle">The new address for a relative one (and its line in the call's Markdown), or null to drop it.</param>
    public static void Settle(IEnumerable<MarkdownObject> nodes, Func<string, int, string?> settle)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case HtmlInline inline when AddressAttribute().IsMatch(inline.Tag):
                    inline.Tag = Rewrite(inline.Tag, inline.Line, settle);
                    break;
                case HtmlBlock block:
                    var lines = block.Lines;
                    for (var i = 0; i < lines.Count; i++)
                    {
                        var text = lines.Lines[i].Slice.ToString();
                        if (!AddressAttribute().IsMatch(text)) continue;
                        var rewritten = Rewrite(text, block.Line + i, settle);
                        if (rewritten != text) lines.Lines[i].Slice = new StringSlice(rewritten);
                    }
                    break;
            }
        }
    }

    private static string Rewrite(string html, int line, Func<string, int, string?> settle) =>
        AddressAttribute().Replace(html, m =>
        {
            var url = m.Groups["v"].Value.Trim();
            if (url.Length == 0 || url.StartsWith('#') || UrlText.HasScheme(url) || url.Contains('&')) return m.Value;
            var settled = settle(url, line);
            return settled is null ? "" : $"{m.Groups["name"].Value}=\"{System.Net.WebUtility.HtmlEncode(settled)}\"";
        });

    // href=..., src=... with a double-quoted, single-quoted or bare value.
    [GeneratedRegex("""(?<![\w-])(?<name>href|src)\s*=\s*(?:"(?<v>[^"]*)"|'(?<v>[^']*)'|(?<v>[^\s"'=<>`]+))""", RegexOptions.IgnoreCase)]
    private static partial Regex AddressAttribute();
}
