using Markdig.Extensions.Tables;

namespace ArchiveSite.Parsing;

/// <summary>
/// An agenda kept as a table (<c>| Time | Topic | Presenter |</c>): each row a topic, its presenters the names in a
/// Presenter, Owner, Who or Lead column. Found by its header: a Topic (Item, Subject, Agenda item) column.
/// </summary>
internal static class AgendaTable
{
    private static readonly string[] TopicHeaders = ["topic", "topics", "item", "items", "agenda item", "agenda items", "agenda", "subject", "discussion topic"];
    private static readonly string[] PresenterHeaders = ["presenter", "presenters", "presented by", "owner", "owners", "who", "lead", "leads", "speaker", "speakers", "driver", "champion"];

    /// <summary>The table's topics with their presenters as written; empty when its header names no topic column.</summary>
    public static List<ParsedAgendaItem> Read(Table table, NoteContext note, string? section)
    {
        var items = new List<ParsedAgendaItem>();
        if (TableHeaders.Of(table) is not { } headers) return items;
        var topic = headers.FindIndex(TopicHeaders.Contains);
        if (topic < 0) return items;
        var presenter = headers.FindIndex(PresenterHeaders.Contains);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
        {
            var cells = row.OfType<TableCell>().ToList();
            // A row with an empty topic cell goes on with the topic above it (more of its summary): no topic of its own.
            // "| **1** | Baikal status & next steps |": a topic column of numbers; the words are in the next one.
            var written = topic < cells.Count ? TableHeaders.Text(cells[topic]).Trim() : "";
            var title = written.Length == 0 ? ""
                : written.Any(char.IsLetter) ? written
                : cells.Skip(topic + 1).Select(c => TableHeaders.Text(c).Trim()).FirstOrDefault(t => t.Any(char.IsLetter)) ?? "";
            if (title.Length == 0 || !seen.Add(title)) continue;
            var presenters = presenter >= 0 && presenter < cells.Count ? Names(TableHeaders.Text(cells[presenter])) : [];
            items.Add(new ParsedAgendaItem(title, section, presenters, note.FileLine(row)));
        }
        return items;
    }

    // "Ana Lima", "Ana, Bo", "@ana / @bo", "Ana & Bo": each a presenter as written, for the resolver to find.
    private static List<string> Names(string cell) =>
        cell.Split([",", ";", "/", "&", " and "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.TrimStart('@')).Where(n => n.Length > 0 && n.Any(char.IsLetter) && !n.Equals("tbd", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
