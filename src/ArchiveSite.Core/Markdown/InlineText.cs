using System.Text;
using ArchiveSite.Markdown.References;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArchiveSite.Markdown;

/// <summary>The plain text a reader sees in an inline tree: link text without URLs, code without backticks.</summary>
public static class InlineText
{
    public static string Plain(ContainerInline? container)
    {
        if (container is null) return "";
        var builder = new StringBuilder();
        Append(builder, container);
        return builder.ToString().Trim();
    }

    public static string Plain(LeafBlock block) => block switch
    {
        { Inline: { } inline } => Plain(inline),
        _ => block.Lines.ToString().Trim(),
    };

    private static void Append(StringBuilder builder, ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: builder.Append(literal.Content.AsSpan()); break;
                case CodeInline code: builder.Append(code.Content); break;
                case ReferenceInline reference: builder.Append(reference.Text); break;
                case AutolinkInline autolink: builder.Append(autolink.Url); break;
                case LineBreakInline: builder.Append('\n'); break;
                case HtmlEntityInline entity: builder.Append(entity.Transcoded.AsSpan()); break;
                case LinkInline { IsImage: true } image: builder.Append(Plain(image)); break;
                case ContainerInline nested: Append(builder, nested); break;
            }
        }
    }
}
