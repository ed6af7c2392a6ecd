using ArchiveSite.Markdown.References;
using Markdig;

namespace ArchiveSite.Markdown;

/// <summary>
/// The one Markdig pipeline for notes, built once and shared (a built pipeline is immutable).
/// Deliberately not <c>UseAdvancedExtensions()</c>: generic attributes (<c>{onclick=...}</c>) would let a
/// note add attributes to the output, and notes are untrusted.
/// </summary>
public static class NotePipeline
{
    public static MarkdownPipeline Instance { get; } = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseGridTables()
        .UseTaskLists()
        .UseAutoLinks()
        .Use<BoundedAutoLinks>()
        .UseFootnotes()
        .UseListExtras()
        .Use<InvisibleLinkCharacters>()
        .Use<ReferenceExtension>()
        .Use<BoundedEmphasis>()
        .Use<BoundedLinkOpeners>()
        .Use<BoundedInlineHtml>()
        .Use<PlaceholderTags>()
        .Build();
}
