using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArchiveSite.Markdown;

/// <summary>Small helpers over Markdig's inline tree.</summary>
internal static class InlineExtensions
{
    /// <summary>The block that holds an inline container (its paragraph, heading or table cell).</summary>
    public static LeafBlock? ParentBlock(this ContainerInline container)
    {
        ContainerInline root = container;
        while (root.Parent is not null) root = root.Parent;
        return root.ParentBlock;
    }
}
