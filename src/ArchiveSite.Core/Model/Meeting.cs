namespace ArchiveSite.Model;

/// <summary>
/// One call. When the same call is written in several notes it is still one meeting, listing every
/// source; its content comes from the fullest copy.
/// </summary>
public sealed record Meeting
{
    /// <summary>Stable, unique: <c>2020-05-13-community-call</c>, with <c>-2</c> for a second distinct call that day.</summary>
    public required string Id { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>The series' slug.</summary>
    public required string Series { get; init; }

    public required string Title { get; init; }

    public required bool Cancelled { get; init; }

    /// <summary>Every note the call is written in, the fullest copy first.</summary>
    public required IReadOnlyList<SourceLocation> Sources { get; init; }

    /// <summary>Last line of the call's section in its main source.</summary>
    public required int LastLine { get; init; }

    public required IReadOnlyList<MeetingLink> Links { get; init; }

    /// <summary>Person keys of the MCs, as ordered in the note.</summary>
    public required IReadOnlyList<string> Mcs { get; init; }

    /// <summary>Person keys of the attendees, sorted.</summary>
    public required IReadOnlyList<string> Attendees { get; init; }

    /// <summary>Who was named MC of the next call ("MC Next Call").</summary>
    public required IReadOnlyList<string> NextMc { get; init; }

    public required IReadOnlyList<MeetingSection> Sections { get; init; }

    public required IReadOnlyList<AgendaItem> Agenda { get; init; }

    public required IReadOnlyList<ReferenceMention> References { get; init; }

    /// <summary>The call's section of the note, from its date heading to the next.</summary>
    public required string Markdown { get; init; }

    /// <summary>
    /// Where the addresses of the call's notes lead, settled by the resolver (Resolution/LinkTargets), keyed by
    /// the address as written (escapes and all): every address without a scheme, and every address of a note
    /// as the source repository shows it. Rendering only looks them up, and a page's fingerprint holds them.
    /// </summary>
    public IReadOnlyDictionary<string, LinkTarget> Addresses { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, LinkTarget>.Empty;

    /// <summary>
    /// Its raw HTML nests too deep to be sanitized: the parser reported it with the line, and the page shows
    /// that the notes are withheld instead of them.
    /// </summary>
    public bool RawHtmlTooDeep { get; init; }

    /// <summary>For people whose MC or attendee line said more than who they are: that role or organisation, by person key.</summary>
    public IReadOnlyDictionary<string, string> PersonDetails { get; init; } = new Dictionary<string, string>();

    /// <summary>What its people said, in the order of the notes.</summary>
    public IReadOnlyList<Statement> Statements { get; init; } = [];

    public IReadOnlyList<Decision> Decisions { get; init; } = [];

    public IReadOnlyList<ActionItem> Actions { get; init; } = [];

    /// <summary>Written ahead of the call and dated after the newest call held (Resolution/UpcomingCalls): listed apart.</summary>
    public bool Upcoming { get; init; }

    public SourceLocation Source => Sources[0];

    /// <summary>Who took part: MCs, attendees and presenters (not the MC named for the next call); may repeat a key.</summary>
    public IEnumerable<string> Participants => Mcs.Concat(Attendees).Concat(Agenda.SelectMany(a => a.Presenters));

    /// <summary>Everyone the call names: its participants and the next call's MC; may repeat a key.</summary>
    public IEnumerable<string> PeopleNamed => Participants.Concat(NextMc);
}
