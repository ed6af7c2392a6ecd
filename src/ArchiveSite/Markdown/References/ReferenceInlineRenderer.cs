using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ArchiveSite.Markdown.References;

/// <summary>
/// Writes a text reference. Where the renderer knows the archive's page for it (see
/// <see cref="ReferenceLinks"/>), it becomes a link; inside another link it stays text.
/// </summary>
public sealed class ReferenceInlineRenderer : HtmlObjectRenderer<ReferenceInline>
{
    protected override void Write(HtmlRenderer renderer, ReferenceInline reference)
    {
        var href = ReferenceLinks.Current?.Invoke(reference);
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
