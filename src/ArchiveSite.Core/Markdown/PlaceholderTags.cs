using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArchiveSite.Markdown;

/// <summary>
/// A tag written without attributes that can be no HTML the writer meant is the minutes' own text: a placeholder
/// (<c>git checkout &lt;hash&gt;</c>, <c>PREFIX=&lt;dir&gt;</c>), a type (<c>Box&lt;str&gt;</c>) or a chat log's nick
/// (<c>&lt;ana&gt; we need two more reviewers</c>). Markdig reads it as raw HTML, which the sanitizer (as GitHub's)
/// unwraps to nothing, and the words lose who said them or what goes there; here it stays the text it is written
/// as, by the one pipeline parsing and rendering share. Such a tag: one no HTML element has; an element's opening
/// that nothing in its paragraph closes (<c>use &lt;code&gt; here</c>); an element that does nothing without
/// attributes (<c>&lt;link&gt;</c>, <c>&lt;source&gt;</c>). A custom element's name has a hyphen and is left to the
/// sanitizer, as is every tag with attributes, <c>&lt;br&gt;</c> and <c>&lt;b&gt;bold&lt;/b&gt;</c>.
/// </summary>
public sealed partial class PlaceholderTags : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= AsText;
        pipeline.DocumentProcessed += AsText;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>Whether <paramref name="name"/> (<c>ana</c>, <c>hash</c>) is no HTML element's, in any case.</summary>
    public static bool NamesNoElement(string name) => !Elements.Contains(name);

    private static void AsText(MarkdownDocument document)
    {
        List<HtmlInline>? tags = null;
        foreach (var html in document.Descendants<HtmlInline>()) (tags ??= []).Add(html);
        // Whether an element's opening is closed is a question about its paragraph (or heading, or cell).
        foreach (var paragraph in tags?.GroupBy(BlockOf) ?? [])
        {
            var closed = paragraph.Select(t => Tag().Match(t.Tag)).Where(m => m.Success && m.Groups["close"].Success)
                .Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var html in paragraph.Where(t => IsText(t.Tag, closed)))
                html.ReplaceBy(new LiteralInline(html.Tag) { Span = html.Span, Line = html.Line, Column = html.Column });
        }
    }

    private static Block? BlockOf(Inline inline)
    {
        var root = inline.Parent;
        while (root?.Parent is not null) root = root.Parent;
        return root?.ParentBlock;
    }

    private static bool IsText(string written, HashSet<string> closedInParagraph)
    {
        if (Tag().Match(written) is not { Success: true } tag) return false;
        var name = tag.Groups["name"].Value;
        if (NamesNoElement(name)) return true;
        if (tag.Groups["close"].Success) return false;
        return Void.Contains(name) ? NothingWithoutAttributes.Contains(name) : !closedInParagraph.Contains(name);
    }

    [GeneratedRegex(@"^<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9]*)\s*/?>$")]
    private static partial Regex Tag();

    // Elements that never close; and of them, those that show or do nothing without attributes.
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
        { "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr" };

    private static readonly HashSet<string> NothingWithoutAttributes = new(StringComparer.OrdinalIgnoreCase)
        { "area", "base", "basefont", "bgsound", "col", "embed", "frame", "image", "img", "input", "keygen", "link", "meta", "param", "source", "track" };

    // Every element of HTML (WHATWG), the obsolete ones browsers still know, and the two foreign roots.
    private static readonly HashSet<string> Elements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b", "base", "basefont", "bdi", "bdo",
        "bgsound", "big", "blink", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
        "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed",
        "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "header", "hgroup", "hr", "html", "i", "iframe", "image", "img", "input", "ins", "isindex", "kbd", "keygen",
        "label", "legend", "li", "link", "listing", "main", "map", "mark", "marquee", "math", "menu", "menuitem", "meta",
        "meter", "multicol", "nav", "nextid", "nobr", "noembed", "noframes", "noscript", "object", "ol", "optgroup", "option",
        "output", "p", "param", "picture", "plaintext", "pre", "progress", "q", "rb", "rp", "rt", "rtc", "ruby", "s", "samp",
        "script", "search", "section", "select", "slot", "small", "source", "spacer", "span", "strike", "strong", "style",
        "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time",
        "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xmp",
    };
}
