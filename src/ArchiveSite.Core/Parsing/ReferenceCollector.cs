using System.Globalization;
using ArchiveSite.Markdown;
using ArchiveSite.Markdown.References;
using ArchiveSite.Model;
using ArchiveSite.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArchiveSite.Parsing;

/// <summary>
/// Every PR/issue reference in a call's section, each with the sentence it sits in and the agenda item
/// (top-level list item, else sub-heading) it belongs to. Links, text references, and URLs inside code.
/// </summary>
internal sealed class ReferenceCollector(NoteContext note)
{
    private const int SnippetLength = 240;

    public List<ReferenceMention> Mentions { get; } = [];

    public void Collect(IEnumerable<Block> blocks)
    {
        string? heading = null;
        foreach (var block in blocks)
        {
            if (block is HeadingBlock h) heading = InlineText.Plain(h);
            if (block is ListBlock list)
            {
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var first = AgendaItemText.FirstParagraph(item);
                    var title = first is null ? heading : AgendaItemText.Read(note, first).Title;
                    CollectFrom(item, title);
                }
            }
            else CollectFrom(block, heading);
        }
    }

    private void CollectFrom(Block root, string? agendaItem)
    {
        var leaves = root is LeafBlock l ? [l] : root.Descendants<LeafBlock>();
        foreach (var leaf in leaves)
        {
            if (leaf.Inline is { } inline)
            {
                foreach (var node in inline.Descendants<Inline>())
                    CollectInline(node, leaf, agendaItem);
            }
            else if (leaf is CodeBlock or HtmlBlock)
            {
                var text = leaf.Lines.ToString();
                foreach (var url in GitHubUrl.FindInText(text))
                    AddUrl(url, text, leaf.Line, agendaItem);
            }
        }
    }

    private void CollectInline(Inline node, LeafBlock leaf, string? agendaItem)
    {
        var line = node.Line > leaf.Line ? node.Line : leaf.Line;
        switch (node)
        {
            case ReferenceInline r:
                // Owner or repository left empty: the resolver fills them from the archive's defaults.
                var key = ReferenceKey.Create(r.Owner ?? "", r.Repo ?? "", r.Number);
                Add(key, ReferenceKind.Unknown, r.Bare, Snippet(leaf, r.Text), line, agendaItem, LineTitle(leaf));
                break;
            case LinkInline link:
                AddUrl(link.Url, null, line, agendaItem, leaf, ReferenceTitles.FromLink(link) ?? LineTitle(leaf));
                break;
            case AutolinkInline autolink:
                AddUrl(autolink.Url, null, line, agendaItem, leaf, LineTitle(leaf));
                break;
            case CodeInline code:
                foreach (var url in GitHubUrl.FindInText(code.Content)) AddUrl(url, code.Content, line, agendaItem, leaf);
                break;
            // "github.com/acme/widgets/pull/112" with no scheme stays text in Markdown, but names the PR all the same.
            case LiteralInline literal when literal.Parent is not LinkInline && literal.Content.AsSpan().Contains("github.com/", StringComparison.OrdinalIgnoreCase):
                foreach (var url in GitHubUrl.FindSchemelessInText(literal.Content.ToString())) AddUrl(url, null, line, agendaItem, leaf, LineTitle(leaf));
                break;
            case HtmlInline html:
                foreach (var url in GitHubUrl.FindInText(html.Tag)) AddUrl(url, null, line, agendaItem, leaf);
                break;
        }
    }

    private void AddUrl(string? url, string? text, int line, string? agendaItem, LeafBlock? leaf = null, WrittenTitle? title = null)
    {
        if (!GitHubUrl.TryParseReference(url, out var key, out var kind)) return;
        var near = key.Number.ToString(CultureInfo.InvariantCulture);
        var snippet = leaf is not null ? Snippet(leaf, near) : Window(OneLine(text ?? ""), near, 0, out _);
        Add(key, kind, false, snippet, line, agendaItem, title);
    }

    private void Add(ReferenceKey key, ReferenceKind kind, bool bare, string snippet, int markdigLine, string? agendaItem, WrittenTitle? title = null) =>
        Mentions.Add(new ReferenceMention(key, kind, bare, snippet, agendaItem, new SourceLocation(note.File, note.FileLine(markdigLine))) { Title = title });

    // A paragraph's title words are read once, however many references it holds.
    private LeafBlock? _titleLeaf;
    private WrittenTitle? _lineTitle;

    private WrittenTitle? LineTitle(LeafBlock leaf)
    {
        if (!ReferenceEquals(leaf, _titleLeaf)) (_titleLeaf, _lineTitle) = (leaf, ReferenceTitles.FromLine(leaf));
        return _lineTitle;
    }

    // A paragraph's text is made once, however many references it holds (a paragraph of 25,000 "#1" would
    // otherwise cost 25,000 times its length), and each mention is looked for after the previous one, as
    // mentions come in the order of the text.
    private LeafBlock? _leaf;
    private string _leafText = "";
    private int _leafCursor;

    private string Snippet(LeafBlock leaf, string near)
    {
        if (!ReferenceEquals(leaf, _leaf))
        {
            (_leaf, _leafText, _leafCursor) = (leaf, OneLine(InlineText.Plain(leaf)), 0);
        }
        var snippet = Window(_leafText, near, _leafCursor, out var found);
        if (found >= 0) _leafCursor = found + near.Length;
        return snippet;
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()));

    // The sentence around a mention, cut to a readable window centred on it.
    private static string Window(string text, string near, int from, out int found)
    {
        found = -1;
        if (text.Length <= SnippetLength) return text;
        found = text.IndexOf(near, Math.Min(from, text.Length), StringComparison.Ordinal);
        var at = Math.Max(0, found);
        var start = Math.Clamp(at - SnippetLength / 2, 0, text.Length - SnippetLength);
        var window = TextElements.Slice(text, start, SnippetLength).Trim();
        return (start > 0 ? "…" : "") + window + (start + SnippetLength < text.Length ? "…" : "");
    }
}
