using ArchiveSite.Markdown;
using Markdig;

namespace ArchiveSite.Tests.Parsing;

/// <summary>
/// The bounded parsers change what Markdig makes of a note only past their caps: below them, a note renders
/// exactly as Markdig renders it.
/// </summary>
public sealed class BoundedParsersTests
{
    private static readonly MarkdownPipeline Unbounded = new MarkdownPipelineBuilder().Build();

    [Theory]
    [InlineData("a <? b ?> c")]
    [InlineData("a <? b <? c ?> d <? e")]
    [InlineData("a <? b\n\nc ?> d <? e ?>")]
    [InlineData("<![CDATA[ x <![CDATA[ y ]]> <![CDATA[ z")]
    [InlineData("<!DOCTYPE a <!DOCTYPE b> <!X c")]
    [InlineData("<!-- a <!-- b --> <!-- c\n\n<!-- d -->")]
    [InlineData("<!-- a <? b <![CDATA[ c <!D e ?> f -->")]
    [InlineData("<? a <http://example.org/> <b>bold</b> <!-->")]
    [InlineData("<!---> x <!-- y --->")]
    public void InlineHtmlRendersAsMarkdigRendersIt(string markdown)
    {
        var bounded = new MarkdownPipelineBuilder().Use<BoundedInlineHtml>().Build();

        Assert.Equal(Markdig.Markdown.ToHtml(markdown, Unbounded), Markdig.Markdown.ToHtml(markdown, bounded));
    }

    [Theory]
    [InlineData("[a] [b [c](d) ![e](f) [g [h] i]")]
    [InlineData("![a [b ![c](d) e](f)")]
    [InlineData("[unclosed [brackets [below [the [cap [x](y)")]
    // "](" with no ")" after it in the block, read as if nothing followed the "]".
    [InlineData("[a](b")]
    [InlineData("[d](x\n\n[d]: https://example.org/d")]
    [InlineData("see [a](b c [e](f g ![i](j")]
    [InlineData("[a](<b c [d]\n\n[d]: /d")]
    [InlineData("[a](b\nc) d [e](f")]
    [InlineData("[a [b](c](d")]
    // An escaped ")" closes no address; an escaped backslash before one does not escape it.
    [InlineData("[a](b\\) c [d](e\\)")]
    [InlineData("[a](b\\\\) c")]
    [InlineData("[a](b\\\\\\) c [d](<e f\\>)")]
    [InlineData("[a](b \"t\\)\") [c](d \"t\")")]
    public void LinksRenderAsMarkdigRendersThemBelowTheCap(string markdown)
    {
        var bounded = new MarkdownPipelineBuilder().Use<BoundedLinkOpeners>().Build();

        Assert.Equal(Markdig.Markdown.ToHtml(markdown, Unbounded), Markdig.Markdown.ToHtml(markdown, bounded));
    }

    [Fact]
    public void PastTheCapABracketIsTextAndTheParagraphIsMarked()
    {
        var bounded = new MarkdownPipelineBuilder().Use<BoundedLinkOpeners>().Build();
        var markdown = string.Concat(Enumerable.Repeat("[ ", BoundedLinkOpeners.OpenPerBlock)) + "[x](y)";

        var document = Markdig.Markdown.Parse(markdown, bounded);

        Assert.True(BoundedLinkOpeners.WasCapped(Assert.IsType<Markdig.Syntax.ParagraphBlock>(Assert.Single(document))));
        // The 33rd '[' is text: the ']' closes the 32nd, whose link text then shows it.
        Assert.Contains("[x</a>", document.ToHtml(bounded), StringComparison.Ordinal);
        Assert.Contains("<a href=\"y\">x</a>", Markdig.Markdown.ToHtml(markdown[2..], bounded), StringComparison.Ordinal);
    }
}
