using ArchiveSite.Markdown;
using ArchiveSite.Model;
using MemoryPack;

namespace ArchiveSite.Parsing;

/// <summary>One call as one note wrote it, before people and references are resolved across notes.</summary>
[MemoryPackable]
public sealed partial record ParsedMeeting
{
    public required string File { get; init; }

    /// <summary>Line of the call's date heading (or 1 for a note that is one call).</summary>
    public required int Line { get; init; }

    /// <summary>Last line of the call's section.</summary>
    public required int LastLine { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>Provisional until the resolver places the call (unless front matter named it, <see cref="SeriesIsFixed"/>).</summary>
    public required Series Series { get; init; }

    public required string Title { get; init; }

    public required bool Cancelled { get; init; }

    public required IReadOnlyList<MeetingLink> Links { get; init; }

    public required IReadOnlyList<PersonEntry> Mcs { get; init; }

    public required IReadOnlyList<PersonEntry> Attendees { get; init; }

    public required IReadOnlyList<PersonEntry> NextMc { get; init; }

    public required IReadOnlyList<MeetingSection> Sections { get; init; }

    public required IReadOnlyList<ParsedAgendaItem> Agenda { get; init; }

    /// <summary>As written: a text reference may lack its owner or repository until the resolver places it.</summary>
    public required IReadOnlyList<ReferenceMention> References { get; init; }

    /// <summary>The call's section of the note.</summary>
    public required string Markdown { get; init; }

    /// <summary>Addresses written without a scheme, with their file lines: the resolver says which lead nowhere.</summary>
    public required IReadOnlyList<WrittenAddress> RelativeAddresses { get; init; }

    /// <summary>Addresses with a scheme to a Markdown file: the resolver says which are notes of the archive.</summary>
    public IReadOnlyList<string> MarkdownFileLinks { get; init; } = [];

    /// <summary>Its raw HTML nests deeper than <see cref="Markdown.RawHtmlDepth.Limit"/> (an error, with the line).</summary>
    public bool RawHtmlTooDeep { get; init; }

    /// <summary>
    /// The date the note's path names, for a note that is one call dated by its text: when the two disagree,
    /// the resolver settles which one the call keeps (Resolution/DateDisputes).
    /// </summary>
    public DateOnly? PathDate { get; init; }

    /// <summary>
    /// A date written without its year ("Thursday, November 7"): <see cref="Date"/> is provisional until the resolver
    /// takes the year from the notes beside this one (Resolution/YearlessDates).
    /// </summary>
    public YearlessDate? Yearless { get; init; }

    /// <summary>The note's title as written (its first heading), from which the resolver may name the series.</summary>
    public string? NoteTitle { get; init; }

    /// <summary>True when front matter named the series: no rule or inference moves the call then.</summary>
    public bool SeriesIsFixed { get; init; }

    /// <summary>Lines that open with a label (<see cref="MinutesLines"/>): statements once the label resolves to a person.</summary>
    public IReadOnlyList<ParsedStatement> Statements { get; init; } = [];

    public IReadOnlyList<ParsedDecision> Decisions { get; init; } = [];

    public IReadOnlyList<ParsedAction> Actions { get; init; } = [];
}

/// <summary>An agenda item with its presenter nicknames as written.</summary>
[MemoryPackable]
public sealed partial record ParsedAgendaItem(string Title, string? Section, IReadOnlyList<string> Presenters, int Line);

/// <summary>A call's month and day as its note writes them, with the weekday when written ("Thursday, November 7").</summary>
/// <param name="Written">The words as written, for the warning that says how the year was found.</param>
[MemoryPackable]
public sealed partial record YearlessDate(int Month, int Day, DayOfWeek? Weekday, string Written, int Line);
