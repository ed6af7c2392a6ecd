using ArchiveSite.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ArchiveSite.Parsing;

/// <summary>
/// An attendee table (<c>| Name | Abbreviation | Organization |</c>): each row a person, the columns found by
/// their headers. The name column is the one headed Name (or Attendee, Person, Member), else the first; a
/// GitHub or Handle column gives the handle, an Abbreviation or Initials column the short form the minutes
/// then use, and Organization, Affiliation, Company or Role columns the entry's detail. A Present column (a roll
/// call's) keeps only the rows it marks present (<see cref="Presence"/>); so does a column under another header
/// (the call's date, "Status") whose every cell reads as present or absent and some say so in words
/// (<c>present</c>, <c>absent</c>, <c>regrets</c>): marks alone (<c>yes</c>, <c>✓</c>) could answer another question.
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
        var rows = table.OfType<TableRow>().Where(r => !r.IsHeader)
            .Select(r => (Row: r, Cells: r.OfType<TableCell>().Select(c => note.Raw(c).Trim().Trim('|').Trim()).ToList())).ToList();
        var named = new[] { name, handle, abbreviation }.Concat(details).ToHashSet();
        var presence = headers.FindIndex(Presence.IsColumn);
        if (presence < 0 && PresenceInWords(headers.Count, named, rows.Select(r => r.Cells).ToList()) is var found)
        {
            // Two columns that each say who was there (a sheet of roll calls, one per date): which is this call's, the
            // table does not say, and a wrong attendee is worse than none.
            if (found.Count > 1)
            {
                note.Diagnostics.Add(Diagnostics.Diagnostic.Warning(note.File, note.FileLine(table),
                    $"this table has {found.Count} columns that say present or absent ({string.Join(", ", found.Select(i => headers[i]))}), so no one in it is taken as an attendee of this call; head its column Present"));
                return (people, true);
            }
            if (found.Count == 1) presence = found[0];
        }
        foreach (var (row, cells) in rows)
        {
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

    /// <summary>The columns, of those no header has named, whose cells all say present or absent, some in words.</summary>
    private static List<int> PresenceInWords(int columns, HashSet<int> named, List<List<string>> rows) =>
        Enumerable.Range(0, columns).Where(i => !named.Contains(i)).Where(i =>
        {
            var cells = rows.Select(r => i < r.Count ? r[i] : "").Where(c => c.Length > 0).ToList();
            return cells.Count > 0 && cells.All(c => Presence.InCell(c) is not null) && cells.Any(Presence.SaysInWords);
        }).ToList();

}
