using ArchiveSite.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ArchiveSite.Parsing;

/// <summary>
/// An attendee table (<c>| Name | Abbreviation | Organization |</c>): each row a person, the columns found by
/// their headers. The name column is the one headed Name (or Attendee, Person, Member), else the first; a
/// GitHub or Handle column gives the handle, an Abbreviation or Initials column the short form the minutes
/// then use, and Organization, Affiliation, Company or Role columns the entry's detail. A Present column (a roll
/// call's) keeps only the rows it marks present (<see cref="Presence"/>).
/// </summary>
internal static class AttendeeTable
{
    private static readonly string[] NameHeaders = ["name", "attendee", "attendees", "person", "member", "participant", "who"];
    private static readonly string[] HandleHeaders = ["github", "handle", "github handle", "username", "gh"];
    private static readonly string[] AbbreviationHeaders = ["abbreviation", "abbr", "abbrev", "initials", "short", "alias"];
    private static readonly string[] DetailHeaders = ["organization", "organisation", "org", "affiliation", "company", "employer", "role", "representing"];

    /// <summary>
    /// Whether a table's header says its rows are people (a Name column beside a handle, abbreviation or
    /// organisation column), so that such a table counts as the roster under any heading.
    /// </summary>
    public static bool IsPeopleTable(Table table) =>
        TableHeaders.Of(table) is { } headers && headers.Any(h => NameHeaders.Contains(h))
        && headers.Any(h => HandleHeaders.Contains(h) || AbbreviationHeaders.Contains(h) || DetailHeaders.Contains(h) || Presence.IsColumn(h));

    /// <returns>The people the table names, and whether it names someone its Present column does not mark present.</returns>
    public static (List<PersonEntry> People, bool NotAllPresent) Read(Table table, NoteContext note)
    {
        var people = new List<PersonEntry>();
        var notAllPresent = false;
        var headers = TableHeaders.Of(table);
        if (headers is null) return (people, notAllPresent);
        var name = Math.Max(0, headers.FindIndex(h => NameHeaders.Contains(h)));
        var handle = headers.FindIndex(h => HandleHeaders.Contains(h));
        var abbreviation = headers.FindIndex(h => AbbreviationHeaders.Contains(h));
        var details = Enumerable.Range(0, headers.Count).Where(i => DetailHeaders.Contains(headers[i])).ToList();
        var presence = headers.FindIndex(Presence.IsColumn);
        foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
        {
            var cells = row.OfType<TableCell>().Select(c => note.Raw(c).Trim().Trim('|').Trim()).ToList();
            string Cell(int i) => i >= 0 && i < cells.Count ? cells[i] : "";
            var line = note.FileLine(row);
            if (PersonEntryParser.Parse(Cell(name), line) is not { } entry) continue;
            if (presence >= 0 && Presence.InCell(Cell(presence)) is not true)
            {
                if (Presence.InCell(Cell(presence)) is null)
                    note.Diagnostics.Add(Diagnostics.Diagnostic.Warning(note.File, line,
                        $"'{Cell(presence)}' in the {headers[presence]} column says neither present nor absent, so {entry.Written} is no attendee of this call; write yes or no (✓ or ✗)"));
                notAllPresent = true;
                continue;
            }
            var written = handle >= 0 ? PersonEntryParser.Parse(Cell(handle).StartsWith('@') || Cell(handle).Contains("github.com", StringComparison.OrdinalIgnoreCase) ? Cell(handle) : "@" + Cell(handle), line) : null;
            var detail = string.Join(", ", details.Select(Cell).Where(c => c.Length > 0));
            people.Add(entry with
            {
                Handle = written?.Handle ?? entry.Handle,
                Abbreviation = abbreviation >= 0 && Cell(abbreviation).Length > 0 ? Cell(abbreviation) : entry.Abbreviation,
                Detail = detail.Length > 0 ? detail : entry.Detail,
            });
        }
        return (people, notAllPresent);
    }

}
