using System.Net;
using ArchiveSite.Markdown;
using ArchiveSite.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArchiveSite.Rendering;

/// <summary>
/// Gives a note's headings ids and "link to this section" anchors, and moves them under the page's own
/// outline: the note's top heading level becomes <see cref="TopLevel"/>, so headings stay ordered (h1 is
/// the call's title, h2 the page's sections). Done on the Markdown tree, before HTML exists.
/// </summary>
internal static class NoteHeadings
{
    public const int TopLevel = 3;

    public static void Apply(IReadOnlyList<HeadingBlock> headings, ISet<string> takenIds)
    {
        if (headings.Count == 0) return;
        var top = headings.Min(h => h.Level);
        foreach (var heading in headings)
        {
            heading.Level = Math.Min(6, heading.Level - top + TopLevel);
            var text = InlineText.Plain(heading);
            var id = UniqueId(text, takenIds);
            heading.GetAttributes().Id = id;
            heading.Inline ??= new ContainerInline();
            heading.Inline.AppendChild(new LiteralInline(" "));
            // The "#" is a control, not words of the note: data-pagefind-ignore keeps it out of search excerpts.
            heading.Inline.AppendChild(new HtmlInline(
                $"<a class=\"anchor\" href=\"#{WebUtility.HtmlEncode(id)}\" aria-label=\"Link to this section: {WebUtility.HtmlEncode(text)}\" data-pagefind-ignore=\"\">#</a>"));
        }
    }

    private static string UniqueId(string text, ISet<string> taken)
    {
        var baseId = Slug.From(text);
        var id = baseId;
        for (var n = 2; !taken.Add(id); n++) id = $"{baseId}-{n}";
        return id;
    }
}
