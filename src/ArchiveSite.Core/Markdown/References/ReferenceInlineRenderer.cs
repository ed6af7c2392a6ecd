using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ArchiveSite.Markdown.References;

/// <summary>
/// Writes a text reference: a link to the archive's page for it when the node carries one
/// (<see cref="ReferenceInline.Href"/>, set on the tree as Markdig's JiraLinks does), else text.
/// </summary>
public sealed class ReferenceInlineRenderer : HtmlObjectRenderer<ReferenceInline>
{
    protected override void Write(HtmlRenderer renderer, ReferenceInline reference)
    {
        var href = reference.Href;
        if (href is null || !renderer.EnableHtmlForInline)
        {
            renderer.WriteEscape(reference.Text);
            return;
        }
        renderer.Write("<a class=\"ref\" href=\"").WriteEscapeUrl(href).Write("\">");
        renderer.WriteEscape(reference.Text);
        renderer.Write("</a>");
    }
}
