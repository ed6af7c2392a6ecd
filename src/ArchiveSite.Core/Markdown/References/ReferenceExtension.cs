using Markdig;
using Markdig.Renderers;

namespace ArchiveSite.Markdown.References;

/// <summary>Adds PR/issue references written as text (<c>falco#1191</c>, <c>#1192</c>) to Markdig's tree.</summary>
public sealed class ReferenceExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= ReferenceLinker.Link;
        pipeline.DocumentProcessed += ReferenceLinker.Link;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<ReferenceInlineRenderer>())
            html.ObjectRenderers.Insert(0, new ReferenceInlineRenderer());
    }
}
