using ArchiveSite.Markdown;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArchiveSite.Rendering;

/// <summary>
/// Relative addresses in a note's raw HTML (<c>&lt;img src="diagram.png"&gt;</c>, <c>&lt;a href="notes.md"&gt;</c>)
/// are settled like Markdown links: to a call's page, to the file in the source repository, or removed (the
/// parser reported those, with the note's line, in Resolution/LinkTargets). Without this they would reach
/// the page as they are and fail the build's link check, which can name only the page. Addresses with a
/// scheme are left to the sanitizer, which drops unsafe ones.
/// </summary>
internal static class RawHtmlLinks
{
    /// <param name="settle">The new address for a relative one, or null to drop it.</param>
    public static void Settle(IEnumerable<MarkdownObject> nodes, Func<string, string?> settle)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case HtmlInline inline when NoteAddresses.HtmlAddress().IsMatch(inline.Tag):
                    inline.Tag = Rewrite(inline.Tag, settle);
                    break;
                case HtmlBlock block:
                    var lines = block.Lines;
                    for (var i = 0; i < lines.Count; i++)
                    {
                        var text = lines.Lines[i].Slice.ToString();
                        if (!NoteAddresses.HtmlAddress().IsMatch(text)) continue;
                        var rewritten = Rewrite(text, settle);
                        if (rewritten != text) lines.Lines[i].Slice = new StringSlice(rewritten);
                    }
                    break;
            }
        }
    }

    private static string Rewrite(string html, Func<string, string?> settle) =>
        NoteAddresses.HtmlAddress().Replace(html, m =>
        {
            var url = m.Groups["v"].Value.Trim();
            if (!NoteAddresses.NeedsSettlingInHtml(url)) return m.Value;
            var settled = settle(url);
            return settled is null ? "" : $"{m.Groups["name"].Value}=\"{System.Net.WebUtility.HtmlEncode(settled)}\"";
        });
}
