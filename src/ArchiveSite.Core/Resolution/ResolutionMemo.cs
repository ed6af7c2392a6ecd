using System.Collections.Concurrent;
using ArchiveSite.Model;
using ArchiveSite.Parsing;

namespace ArchiveSite.Resolution;

/// <summary>
/// Each call's resolution as the last build of a content folder made it, kept in memory by a process that builds many
/// times (<c>serve</c>, tests) beside its parsed notes, so that a rebuild after an edit makes again only the calls whose
/// notes changed: a call whose copies are the same, in an archive whose <see cref="SharedReads"/> are the same, is
/// made into the same <see cref="Meeting"/> with the same findings and the same minutes, so the last ones are taken.
/// An edit that changes what all the calls read together (a roster, a reference, a note added or removed, a settings
/// file) makes every call again. Nothing is kept on disk: a new process resolves every call once.
/// </summary>
public sealed class ResolutionMemo
{
    private volatile Calls? _last;

    /// <summary>The last resolution's calls when its shared reads were these, else null (every call is made again).</summary>
    internal Calls? Matching(SharedReads shared) => _last is { } last && shared.Same(last.Shared) ? last : null;

    /// <summary>Keeps what a resolution made, for the next (replacing the last: only the last build is compared with).</summary>
    internal void Keep(Calls made) => _last = made;

    /// <summary>What all the calls' rosters settle together: the reference defaults, each call's roster, and the directory that counted them.</summary>
    internal sealed record Rostered(ReferenceDefaults References, PeopleDirectory People, List<CallRoster> Rosters);

    /// <summary>What one resolution made of each call, by id; filled as the calls are made (in parallel).</summary>
    internal sealed class Calls(SharedReads shared)
    {
        private readonly ConcurrentDictionary<string, (ParsedMeeting[] Copies, ArchiveResolver.MadeMeeting Made)> _meetings = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, (Meeting Input, ParsedMeeting Written, MinutesResolver.CallMinutes Minutes)> _minutes = new(StringComparer.Ordinal);
        private Dictionary<string, Meeting>? _settled;

        public SharedReads Shared => shared;

        /// <summary>The reference defaults, and the rosters with the directory as they left it (never counted into after: each build counts into a copy).</summary>
        public Rostered? Rosters { get; set; }

        /// <summary>The people's first names the minutes were read with (<see cref="CallVoices.FirstNames"/>).</summary>
        public IReadOnlyDictionary<string, string?> FirstNames { get; set; } = new Dictionary<string, string?>();

        /// <summary>The call of this id made from these copies, when the last resolution made it from equal ones.</summary>
        public ArchiveResolver.MadeMeeting? Meeting(string id, IEnumerable<ParsedMeeting> copies) =>
            _meetings.TryGetValue(id, out var made) && made.Copies.SequenceEqual(copies) ? made.Made : null;

        public void Meeting(string id, IEnumerable<ParsedMeeting> copies, ArchiveResolver.MadeMeeting made) => _meetings[id] = (copies.ToArray(), made);

        /// <summary>A call's minutes, when the last resolution read them from this very meeting and an equal note (and, said by <see cref="SameFirstNames"/>, the same first names).</summary>
        public MinutesResolver.CallMinutes? Minutes(Meeting input, ParsedMeeting written) =>
            _minutes.TryGetValue(input.Id, out var made) && ReferenceEquals(made.Input, input) && made.Written.Equals(written) ? made.Minutes : null;

        public void Minutes(Meeting input, ParsedMeeting written, MinutesResolver.CallMinutes minutes) => _minutes[input.Id] = (input, written, minutes);

        /// <summary>Keeps the calls as the resolution gave them, for the next build's <see cref="Settled(Meeting)"/>.</summary>
        public void Settled(List<Meeting> meetings) => _settled = meetings.ToDictionary(m => m.Id, StringComparer.Ordinal);

        /// <summary>
        /// The last resolution's call when this one is an equal record: the steps after the calls are made (next MCs, actions
        /// done since, upcoming calls) make a new one each time they settle something, with new lists of next MCs and
        /// actions, compared here by their items; every other list of an unchanged call is the same object.
        /// </summary>
        public Meeting Settled(Meeting meeting) => _settled?.GetValueOrDefault(meeting.Id) is { } last && Equal(last, meeting) ? last : meeting;

        /// <summary>The call the last resolution read this one's minutes from, when this one is an equal record (its next MCs found anew).</summary>
        public Meeting MinutesInput(Meeting meeting) => _minutes.TryGetValue(meeting.Id, out var made) && Equal(made.Input, meeting) ? made.Input : meeting;

        private static bool Equal(Meeting last, Meeting meeting) =>
            ReferenceEquals(last, meeting)
            || last.NextMc.SequenceEqual(meeting.NextMc) && last.Actions.SequenceEqual(meeting.Actions)
            && last == meeting with { NextMc = last.NextMc, Actions = last.Actions };

        public bool SameFirstNames(IReadOnlyDictionary<string, string?> names) =>
            names.Count == FirstNames.Count && names.All(n => FirstNames.TryGetValue(n.Key, out var key) && key == n.Value);
    }
}
