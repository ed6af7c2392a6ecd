using ArchiveSite.Parsing;

namespace ArchiveSite.Resolution;

/// <summary>
/// What resolving any one call reads of all the notes together: the settings files (archive.yml, people.yml,
/// refs.json, by digest), each note's call as the people directory, the reference defaults and the link targets read
/// it (its file, roster and references), and each call's roster as every roster's spellings are counted from it. Two
/// resolutions whose shared reads are the same make each call whose own copies are the same into the same
/// <see cref="Model.Meeting"/> (<see cref="ResolutionMemo"/>).
/// </summary>
/// <remarks>
/// Compared field by field, every list first by reference: a note the parse cache kept is the same objects build after
/// build, so an unchanged archive compares in a pass over its calls without reading a name. A read added to the
/// directory, the defaults or a roster must be added here, or a rebuild would keep a call made from the old value:
/// <c>ResolutionMemoTests</c> edits each of them.
/// </remarks>
internal sealed class SharedReads(string settings, IReadOnlyList<ParsedMeeting> notes, IReadOnlyList<ParsedMeeting> rosters)
{
    public bool Same(SharedReads last) =>
        settings == last.Settings
        && notes.Count == last.Notes.Count && Enumerable.Range(0, notes.Count).All(i => SameCall(notes[i], last.Notes[i]))
        && rosters.Count == last.Rosters.Count && Enumerable.Range(0, rosters.Count).All(i => SameRoster(rosters[i], last.Rosters[i]));

    private string Settings => settings;

    private IReadOnlyList<ParsedMeeting> Notes => notes;

    private IReadOnlyList<ParsedMeeting> Rosters => rosters;

    /// <summary>What <see cref="PeopleDirectory"/>'s constructor (the roster), <c>ReferenceDefaults.Infer</c> (the references) and <see cref="LinkTargets"/> (the file) read of a note's call.</summary>
    private static bool SameCall(ParsedMeeting call, ParsedMeeting last) =>
        ReferenceEquals(call, last)
        || call.File == last.File && Same(call.Mcs, last.Mcs) && Same(call.Attendees, last.Attendees) && Same(call.NextMc, last.NextMc)
        && Same(call.References, last.References);

    /// <summary>What <see cref="CallRoster.Of"/> reads of a call (the spellings it counts are every later call's names).</summary>
    private static bool SameRoster(ParsedMeeting call, ParsedMeeting last) =>
        ReferenceEquals(call, last)
        || call.Date == last.Date && Same(call.Mcs, last.Mcs) && Same(call.Attendees, last.Attendees) && Same(call.NextMc, last.NextMc)
        && (ReferenceEquals(call.Agenda, last.Agenda)
            || call.Agenda.Count == last.Agenda.Count && call.Agenda.Zip(last.Agenda).All(p => Same(p.First.Presenters, p.Second.Presenters)));

    private static bool Same<T>(IReadOnlyList<T> list, IReadOnlyList<T> last) => ReferenceEquals(list, last) || list.SequenceEqual(last);
}
