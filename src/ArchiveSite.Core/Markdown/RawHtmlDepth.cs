using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArchiveSite.Markdown;

/// <summary>
/// How deeply a note's raw HTML nests, counted in one pass over its tags. The HTML parser behind the
/// sanitizer looks back over every open element at each new tag, so 20,000 nested &lt;div&gt; cost it
/// seconds; a note nested past <see cref="Limit"/> is refused before it gets there.
/// </summary>
public static partial class RawHtmlDepth
{
    public const int Limit = 256;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr" };

    /// <returns>The Markdown line (of the call) where the nesting first passes the limit, or null.</returns>
    public static int? FirstTooDeep(IEnumerable<MarkdownObject> nodes)
    {
        var depth = 0;
        foreach (var node in nodes)
        {
            var (html, line) = node switch
            {
                HtmlBlock block => (block.Lines.ToString(), block.Line),
                HtmlInline inline => (inline.Tag, inline.Line),
                _ => (null, 0),
            };
            if (html is null) continue;
            foreach (Match tag in Tag().Matches(html))
            {
                if (tag.Groups["self"].Length > 0 || Void.Contains(tag.Groups["name"].Value)) continue;
                depth = tag.Groups["close"].Length > 0 ? Math.Max(0, depth - 1) : depth + 1;
                if (depth > Limit) return line;
            }
        }
        return null;
    }

    [GeneratedRegex(@"<(?<close>/?)(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*?)?(?<self>/?)>")]
    private static partial Regex Tag();
}
