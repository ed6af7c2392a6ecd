using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace ArchiveSite.Markdown;

/// <summary>
/// Markdig's bare-URL autolinks, at most <see cref="PerBlock"/> per paragraph. Before each autolink
/// Markdig walks back over every inline already in the paragraph, so a line of 40,000 URLs took minutes;
/// with the cap, a paragraph costs at most <see cref="PerBlock"/> times its length. The URLs past the
/// cap stay as text, and the paragraph is marked (<see cref="WasCapped"/>) so the parser can say so.
/// </summary>
public sealed class BoundedAutoLinks : IMarkdownExtension
{
    public const int PerBlock = 500;

    private const string CappedKey = "archive-site:autolinks-capped";

    public static bool WasCapped(LeafBlock block) => block.GetData(CappedKey) is true;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Wraps the parser UseAutoLinks() added; without it there is nothing to bound.
        if (pipeline.InlineParsers.Find<AutoLinkParser>() is { } inner)
            pipeline.InlineParsers.Replace<AutoLinkParser>(new Parser(inner));
    }

    public void Setup(MarkdownPipeline pipeline, Markdig.Renderers.IMarkdownRenderer renderer)
    {
    }

    private sealed class Parser : InlineParser
    {
        private readonly AutoLinkParser _inner;

        public Parser(AutoLinkParser inner)
        {
            _inner = inner;
            OpeningCharacters = inner.OpeningCharacters;
        }

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            var links = PerBlockCount.Of(processor, Index);
            if (links.Value >= PerBlock)
            {
                processor.Block?.SetData(CappedKey, true);
                return false;
            }
            if (!_inner.Match(processor, ref slice)) return false;
            links.Value++;
            return true;
        }
    }
}
