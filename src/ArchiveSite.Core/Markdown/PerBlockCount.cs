using Markdig.Parsers;
using Markdig.Syntax;

namespace ArchiveSite.Markdown;

/// <summary>
/// A count an inline parser keeps per paragraph or heading (the caps of <see cref="BoundedAutoLinks"/> and
/// <see cref="BoundedEmphasis"/>), held in the processor's slot for that parser: the pipeline is shared across
/// threads, the processor is not. It starts again at zero when the processor moves to another block.
/// </summary>
internal sealed class PerBlockCount
{
    private LeafBlock? _block;

    public int Value { get; set; }

    public static PerBlockCount Of(InlineProcessor processor, int parserIndex)
    {
        var count = processor.ParserStates[parserIndex] as PerBlockCount ?? (PerBlockCount)(processor.ParserStates[parserIndex] = new PerBlockCount());
        if (!ReferenceEquals(count._block, processor.Block)) (count._block, count.Value) = (processor.Block, 0);
        return count;
    }
}
