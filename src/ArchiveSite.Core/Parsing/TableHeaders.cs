using ArchiveSite.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ArchiveSite.Parsing;

/// <summary>A table's header row as lower-case words ("**Name:**" → "name"), by which roster and agenda tables find their columns.</summary>
internal static class TableHeaders
{
    /// <summary>The header's cells, or null for a table without a header row.</summary>
    public static List<string>? Of(Table table) =>
        table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader) is { } header
            ? header.OfType<TableCell>().Select(Normalize).ToList()
            : null;

    /// <summary>A cell's words as text, emphasis and links aside.</summary>
    public static string Text(TableCell cell) =>
        cell.OfType<LeafBlock>().FirstOrDefault() is { } leaf ? InlineText.Plain(leaf) : "";

    private static string Normalize(TableCell cell) =>
        string.Join(' ', Text(cell).ToLowerInvariant().Split([' ', '*', '_', ':'], StringSplitOptions.RemoveEmptyEntries));
}
