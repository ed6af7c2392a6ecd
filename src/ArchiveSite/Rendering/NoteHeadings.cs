using System.Net;
using ArchiveSite.Markdown;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ArchiveSite.Text;

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
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in headings)
        {
            heading.Level = Math.Min(6, heading.Level - top + TopLevel);
            var text = InlineText.Plain(heading);
            var id = UniqueId(text, takenIds, nextSuffix);
            heading.GetAttributes().Id = id;
            heading.Inline ??= new ContainerInline();
            heading.Inline.AppendChild(new LiteralInline(" "));
            // The "#" is a control, not words of the note: data-pagefind-ignore keeps it out of search excerpts.
            heading.Inline.AppendChild(new HtmlInline(
                $"<a class=\"anchor\" href=\"#{WebUtility.HtmlEncode(id)}\" aria-label=\"Link to this section: {WebUtility.HtmlEncode(text)}\" data-pagefind-ignore=\"\">#</a>"));
        }
    }

    // "notes", "notes-2", "notes-3"...: the next suffix to try is remembered per base id, so 20,000 headings
    // of one name cost 20,000 steps rather than 200 million.
    private static string UniqueId(string text, ISet<string> taken, Dictionary<string, int> nextSuffix)
    {
        var baseId = Slug.From(text);
        if (taken.Add(baseId)) return baseId;
        var n = nextSuffix.GetValueOrDefault(baseId, 2);
        string id;
        while (!taken.Add(id = $"{baseId}-{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}")) n++;
        nextSuffix[baseId] = n + 1;
        return id;
    }
}
