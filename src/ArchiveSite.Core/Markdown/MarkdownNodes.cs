using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArchiveSite.Markdown;

/// <summary>
/// Every block and inline of a Markdown tree, depth first, in document order. Markdig's
/// <c>Descendants&lt;T&gt;()</c> builds an iterator and a stack per call; a note's tree is asked several
/// questions (links, headings, raw HTML, references) on every page, so it is walked once into a list.
/// </summary>
public static class MarkdownNodes
{
    /// <param name="blocks">A document, or a call's section of one.</param>
    public static List<MarkdownObject> All(IEnumerable<Block> blocks)
    {
        var nodes = new List<MarkdownObject>();
        AddBlocks(blocks, nodes);
        return nodes;
    }

    private static void AddBlocks(IEnumerable<Block> container, List<MarkdownObject> nodes)
    {
        foreach (var block in container)
        {
            nodes.Add(block);
            if (block is ContainerBlock children) AddBlocks(children, nodes);
            else if (block is LeafBlock { Inline: { } inline }) AddInlines(inline, nodes);
        }
    }

    private static void AddInlines(ContainerInline container, List<MarkdownObject> nodes)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            nodes.Add(inline);
            if (inline is ContainerInline children) AddInlines(children, nodes);
        }
    }
}
