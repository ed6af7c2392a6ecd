using ArchiveSite.Markdown;
using ArchiveSite.Markdown.Presenters;
using ArchiveSite.Text;
using Markdig.Syntax;

namespace ArchiveSite.Parsing;

/// <summary>
/// The first paragraph of a list item, its presenter tags and its title, read one way for both the
/// agenda and the references, so a reference's agenda item is the title the agenda shows.
/// </summary>
internal static class AgendaItemText
{
    private const int MaxTitleLength = 200;

    /// <summary>The item's own first paragraph; for "1. - text" (a bullet inside a numbered item), the inner one.</summary>
    public static ParagraphBlock? FirstParagraph(ListItemBlock item) =>
        item.OfType<ParagraphBlock>().FirstOrDefault() ?? item.Descendants<ParagraphBlock>().FirstOrDefault();

    /// <summary>Tags come from the raw line (Markdown turns "[leogr]" into plain text); the title is the plain first line without them.
    /// Read once per paragraph and note: the agenda reader and the reference collector both ask.</summary>
    public static (PresenterTags.Result Tags, string Title) Read(NoteContext note, ParagraphBlock paragraph)
    {
        if (note.AgendaTexts.TryGetValue(paragraph, out var read)) return read;
        return note.AgendaTexts[paragraph] = ReadFresh(note, paragraph);
    }

    private static (PresenterTags.Result Tags, string Title) ReadFresh(NoteContext note, ParagraphBlock paragraph)
    {
        var tags = PresenterTags.Read(note.FirstRawLine(paragraph));
        var plain = InlineText.Plain(paragraph);
        var newline = plain.IndexOf('\n');
        var firstLine = newline < 0 ? plain : plain[..newline];
        var title = tags.Nicknames.Count == 0 ? firstLine.Trim() : PresenterTags.Read(firstLine).Rest;
        return (tags, title.Length <= MaxTitleLength ? title : TextElements.Prefix(title, MaxTitleLength - 3).TrimEnd() + "…");
    }
}
