namespace ArchiveSite.Model;

/// <summary>
/// One call. When the same call is written in several notes it is still one meeting, listing every
/// source; its content comes from the fullest copy.
/// </summary>
/// <param name="Id">Stable, unique: <c>2020-05-13-community-call</c>, with <c>-2</c> for a second distinct call that day.</param>
/// <param name="Markdown">The call's section of the note, from its date heading to the next.</param>
/// <param name="MarkdownLine">Line of the main source where <paramref name="Markdown"/> begins.</param>
/// <param name="NextMc">Who was named MC of the next call ("MC Next Call").</param>
public sealed record Meeting(
    string Id,
    DateOnly Date,
    string Series,
    string Title,
    bool Cancelled,
    IReadOnlyList<SourceLocation> Sources,
    int LastLine,
    IReadOnlyList<MeetingLink> Links,
    IReadOnlyList<string> Mcs,
    IReadOnlyList<string> Attendees,
    IReadOnlyList<string> NextMc,
    IReadOnlyList<MeetingSection> Sections,
    IReadOnlyList<AgendaItem> Agenda,
    IReadOnlyList<ReferenceMention> References,
    string Markdown,
    int MarkdownLine)
{
    public SourceLocation Source => Sources[0];

    /// <summary>For people whose MC or attendee line said more than who they are: that role or organisation, by person key.</summary>
    public IReadOnlyDictionary<string, string> PersonDetails { get; init; } = new Dictionary<string, string>();
}
