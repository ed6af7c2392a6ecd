using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArchiveSite.Markdown;

/// <summary>
/// Markdig's links and images with at most <see cref="OpenPerBlock"/> <c>[</c> (or <c>![</c>) open at once in a
/// paragraph or heading. An open <c>[</c> is a container every later inline of the paragraph goes into, and
/// Markdig finds the innermost open container from the top for each inline, so a paragraph of thousands of
/// unclosed <c>[</c> costs the square of its length (256 KB: two seconds; the fuzzer's cost target caught it),
/// and past Markdig's nesting limit the note would not be read at all. Past the cap a <c>[</c> stays as text,
/// and the block is marked (<see cref="WasCapped"/>) so the parser can say so.
/// <para>
/// And a <c>](</c> with no <c>)</c> after it in the block opens no inline link, yet Markdig reads the rest of the
/// block as its address before it fails, for every such <c>](</c>: a paragraph of them without spaces costs the square
/// of its length (the fuzzer's cost target caught it). Such a <c>]</c> is read as if nothing followed it, which is
/// what the reading comes to: it still closes its <c>[</c>, and <c>[label]</c> still links to a reference. A <c>](</c>
/// whose link does not end within <see cref="MaxAddress"/> characters is read the same way.
/// </para>
/// </summary>
public sealed class BoundedLinkOpeners : IMarkdownExtension
{
    /// <summary>Sixteen times the most any real note has (two, in ../shared's 1,050 notes).</summary>
    public const int OpenPerBlock = 32;

    /// <summary>
    /// How far past a <c>](</c> a link's address and title are read: over four times the longest address in ../shared's
    /// notes (441 characters), and the longest many browsers keep. Parentheses may nest in an address, so a <c>)</c> later in
    /// the block does not end it: <c>](</c> after <c>](</c>, each opening one more, read the rest of the block for every
    /// one (the fuzzer's cost target caught it, twice).
    /// </summary>
    public const int MaxAddress = 2048;

    private const string CappedKey = "archive-site:link-openers-capped";

    public static bool WasCapped(LeafBlock block) => block.GetData(CappedKey) is true;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.Find<LinkInlineParser>() is not null and not Parser)
            pipeline.InlineParsers.Replace<LinkInlineParser>(new Parser());
    }

    public void Setup(MarkdownPipeline pipeline, Markdig.Renderers.IMarkdownRenderer renderer)
    {
    }

    private sealed class Parser : LinkInlineParser
    {
        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            var opens = slice.CurrentChar == '[' || (slice.CurrentChar == '!' && slice.PeekChar() == '[');
            if (opens && OpenLinks(processor) >= OpenPerBlock)
            {
                processor.Block?.SetData(CappedKey, true);
                return false;
            }
            if (slice.CurrentChar == ']' && slice.PeekChar() == '(')
            {
                // No ')' after it: read as if nothing followed it. Else Markdig reads on for at most MaxAddress.
                var end = slice.Start + 1 > LastCloser(processor, slice) ? slice.Start : Math.Min(slice.End, slice.Start + MaxAddress);
                if (end < slice.End)
                {
                    var bounded = new StringSlice(slice.Text, slice.Start, end);
                    var matched = base.Match(processor, ref bounded);
                    slice.Start = bounded.Start;
                    return matched;
                }
            }
            return base.Match(processor, ref slice);
        }

        /// <summary>
        /// Where the block's last <c>)</c> that can close a link is (-1 for none), found once per block: an escaped one
        /// (<c>\)</c>, after an odd run of backslashes) is text to a link's address, which reads on past it. Each run of
        /// backslashes is counted for the one <c>)</c> after it, so the search is linear in the block.
        /// </summary>
        private int LastCloser(InlineProcessor processor, StringSlice slice)
        {
            if (processor.ParserStates[Index] is LastParen known && ReferenceEquals(known.Block, processor.Block)) return known.At;
            var at = slice.Text.LastIndexOf(')', slice.End, slice.End - slice.Start + 1);
            while (at > slice.Start && Escaped(slice.Text, at, slice.Start))
                at = slice.Text.LastIndexOf(')', at - 1, at - slice.Start);
            var found = new LastParen(processor.Block, at);
            processor.ParserStates[Index] = found;
            return found.At;
        }

        private static bool Escaped(string text, int at, int start)
        {
            var backslashes = 0;
            for (var i = at - 1; i >= start && text[i] == '\\'; i--) backslashes++;
            return backslashes % 2 == 1;
        }

        private sealed record LastParen(LeafBlock? Block, int At);

        /// <summary>
        /// The open <c>[</c> on the way down to the innermost open container: the walk Markdig makes for every
        /// inline, made here only for a <c>[</c>, and as long as the cap allows.
        /// </summary>
        private static int OpenLinks(InlineProcessor processor)
        {
            var open = 0;
            for (var container = processor.Root; container?.LastChild is ContainerInline { IsClosed: false } child; container = child)
                if (child is LinkDelimiterInline && ++open >= OpenPerBlock) break;
            return open;
        }
    }
}
