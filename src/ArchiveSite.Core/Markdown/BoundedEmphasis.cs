using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArchiveSite.Markdown;

/// <summary>
/// Markdig's emphasis (<c>*</c>, <c>_</c> and the extras' <c>~</c>, <c>^</c>, <c>+</c>, <c>=</c>) with at most
/// <see cref="PerBlock"/> delimiter runs that can open or close emphasis per paragraph or heading. Markdig matches
/// each closer against the openers before it, so one paragraph of thousands of <c>*word*</c> runs costs the
/// square of its length (62 KB: a quarter of a second; the fuzzer's cost target caught it). Past the cap the
/// characters stay as text, and the block is marked (<see cref="WasCapped"/>) so the parser can say so.
/// </summary>
public sealed class BoundedEmphasis : IMarkdownExtension
{
    /// <summary>
    /// Three times the most any real note has (the busiest paragraph of ../shared's 1,050 notes, transcripts
    /// included, has about 100 runs; list items are blocks of their own), and low enough that a block at the cap
    /// costs about what its text does: the quadratic term, growing only up to the cap, stays below the linear one.
    /// </summary>
    public const int PerBlock = 300;

    private const string CappedKey = "archive-site:emphasis-capped";

    public static bool WasCapped(LeafBlock block) => block.GetData(CappedKey) is true;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // After UseEmphasisExtras (registered before this): its delimiters are copied into the bounded parser.
        if (pipeline.InlineParsers.Find<EmphasisInlineParser>() is not { } inner || inner is Parser) return;
        var bounded = new Parser();
        bounded.EmphasisDescriptors.Clear();
        foreach (var descriptor in inner.EmphasisDescriptors) bounded.EmphasisDescriptors.Add(descriptor);
        pipeline.InlineParsers.Replace<EmphasisInlineParser>(bounded);
    }

    public void Setup(MarkdownPipeline pipeline, Markdig.Renderers.IMarkdownRenderer renderer)
    {
    }

    private sealed class Parser : EmphasisInlineParser
    {
        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            var runs = PerBlockCount.Of(processor, Index);
            if (runs.Value >= PerBlock)
            {
                processor.Block?.SetData(CappedKey, true);
                return false;
            }
            if (!base.Match(processor, ref slice)) return false;
            // Only runs that can open or close emphasis are matched against each other; an intraword '_' is text.
            if (processor.Inline is DelimiterInline { Type: not DelimiterType.Undefined }) runs.Value++;
            return true;
        }
    }
}
