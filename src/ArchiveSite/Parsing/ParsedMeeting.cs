using ArchiveSite.Model;

namespace ArchiveSite.Parsing;

/// <summary>One call as one note wrote it, before people and references are resolved across notes.</summary>
/// <param name="Line">Line of the call's date heading (or 1 for a note that is one call).</param>
/// <param name="LastLine">Last line of the call's section.</param>
/// <param name="MarkdownLine">File line of <paramref name="Markdown"/>'s first line, to place diagnostics found while rendering it.</param>
public sealed record ParsedMeeting(
    string File,
    int Line,
    int LastLine,
    DateOnly Date,
    Series Series,
    string Title,
    bool Cancelled,
    IReadOnlyList<MeetingLink> Links,
    IReadOnlyList<PersonEntry> Mcs,
    IReadOnlyList<PersonEntry> Attendees,
    IReadOnlyList<PersonEntry> NextMc,
    IReadOnlyList<MeetingSection> Sections,
    IReadOnlyList<ParsedAgendaItem> Agenda,
    IReadOnlyList<ReferenceMention> References,
    string Markdown,
    int MarkdownLine)
{
    /// <summary>
    /// The date the note's path names, for a note that is one call dated by its text: when the two disagree,
    /// the resolver settles which one the call keeps (Resolution/DateDisputes).
    /// </summary>
    public DateOnly? PathDate { get; init; }

    /// <summary>The note's title as written (its first heading), from which the resolver may name the series.</summary>
    public string? NoteTitle { get; init; }

    /// <summary>True when front matter named the series: no rule or inference moves the call then.</summary>
    public bool SeriesIsFixed { get; init; }
}

/// <summary>An agenda item with its presenter nicknames as written.</summary>
public sealed record ParsedAgendaItem(string Title, string? Section, IReadOnlyList<string> Presenters, int Line);
