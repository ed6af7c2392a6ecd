using AngleSharp.Dom;
using ArchiveSite.Model;

namespace ArchiveSite.PostProcessing;

/// <summary>
/// Gives a note's headings ids and "link to this section" anchors, and moves them under the page's own
/// outline: the note's top heading level becomes <see cref="TopLevel"/>, so headings stay ordered
/// (h1 is the call's title, h2 the page's sections).
/// </summary>
internal static class HeadingAnchors
{
    public const int TopLevel = 3;

    public static void Apply(IElement root, ISet<string> takenIds)
    {
        var headings = root.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList();
        if (headings.Count == 0) return;
        var top = headings.Min(Level);
        var document = root.Owner!;
        foreach (var heading in headings)
        {
            var level = Math.Min(6, Level(heading) - top + TopLevel);
            var text = heading.TextContent.Trim();
            var id = UniqueId(text, takenIds);
            var moved = document.CreateElement($"h{level}");
            moved.SetAttribute("id", id);
            while (heading.FirstChild is { } child) moved.AppendChild(child);
            var anchor = document.CreateElement("a");
            anchor.ClassName = "anchor";
            anchor.SetAttribute("href", "#" + id);
            anchor.SetAttribute("aria-label", $"Link to this section: {text}");
            anchor.TextContent = "#";
            // The "#" is a control, not words of the note: keep it out of search excerpts.
            anchor.SetAttribute("data-pagefind-ignore", "");
            moved.AppendChild(document.CreateTextNode(" "));
            moved.AppendChild(anchor);
            heading.Replace(moved);
        }
    }

    private static int Level(IElement heading) => heading.LocalName[1] - '0';

    private static string UniqueId(string text, ISet<string> taken)
    {
        var baseId = Slug.From(text);
        var id = baseId;
        for (var n = 2; !taken.Add(id); n++) id = $"{baseId}-{n}";
        return id;
    }
}
