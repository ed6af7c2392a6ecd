using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace ArchiveSite.Markdown;

/// <summary>
/// Markdig's inline HTML and autolinks (<c>&lt;</c>), without the square cost of unclosed constructs. A
/// processing instruction (<c>&lt;?</c>), a CDATA section (<c>&lt;![CDATA[</c>), a declaration (<c>&lt;!X</c>)
/// or a comment (<c>&lt;!--</c>) is read up to its closer, and an unclosed one reads to the paragraph's end
/// before it fails, so a paragraph of thousands of <c>&lt;?</c> costs the square of its length (256 KB of
/// "a &lt;? b": nine seconds). Once one of a kind has failed in a paragraph, no closer of that kind follows it,
/// so every later opener of that kind fails too: it is text at once, and the output is Markdig's.
/// </summary>
public sealed class BoundedInlineHtml : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.Find<AutolinkInlineParser>() is { } inner && inner is not Parser)
            pipeline.InlineParsers.Replace<AutolinkInlineParser>(new Parser(inner.Options));
    }

    public void Setup(MarkdownPipeline pipeline, Markdig.Renderers.IMarkdownRenderer renderer)
    {
    }

    /// <summary>The constructs that read to a closer, in the order they are told apart.</summary>
    private enum Unclosed
    {
        None = 0,
        Comment = 1,
        Cdata = 2,
        Declaration = 4,
        ProcessingInstruction = 8,
    }

    /// <summary>The kinds that have failed in the processor's current paragraph or heading.</summary>
    private sealed class Failed
    {
        public Markdig.Syntax.LeafBlock? Block;
        public Unclosed Kinds;
    }

    private sealed class Parser(AutolinkOptions options) : AutolinkInlineParser(options)
    {
        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            var kind = KindAt(slice);
            if (kind == Unclosed.None) return base.Match(processor, ref slice);
            var failed = processor.ParserStates[Index] as Failed ?? (Failed)(processor.ParserStates[Index] = new Failed());
            if (!ReferenceEquals(failed.Block, processor.Block)) (failed.Block, failed.Kinds) = (processor.Block, Unclosed.None);
            if ((failed.Kinds & kind) != 0) return false;
            if (base.Match(processor, ref slice)) return true;
            failed.Kinds |= kind;
            return false;
        }

        private static Unclosed KindAt(StringSlice slice)
        {
            if (slice.PeekChar() == '?') return Unclosed.ProcessingInstruction;
            if (slice.PeekChar() != '!') return Unclosed.None;
            var rest = slice.AsSpan()[2..];
            if (rest.StartsWith("--")) return Unclosed.Comment;
            if (rest.StartsWith("[CDATA[")) return Unclosed.Cdata;
            return rest.Length > 0 && char.IsAsciiLetter(rest[0]) ? Unclosed.Declaration : Unclosed.None;
        }
    }
}
