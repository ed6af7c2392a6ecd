using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using ArchiveSite.Diagnostics;
using ArchiveSite.Model;
using ArchiveSite.Parsing;
using ArchiveSite.Text;

namespace ArchiveSite.Resolution;

/// <summary>
/// Gives each call its statements, decisions and action items: labels resolved to people (<see cref="CallVoices"/>),
/// owners of actions too (an action read from "X to do…" is kept only when X is someone), and each action found
/// done when its box is ticked, when the PR or issue it names is closed or merged on GitHub (refs.json), or when a
/// later call of the series says the same PR or issue is done, or ticks the same action. Runs once names are final.
/// </summary>
internal static partial class MinutesResolver
{
    public static List<Meeting> Resolve(List<Meeting> meetings, IReadOnlyDictionary<string, ParsedMeeting> written, PeopleDirectory people,
        IReadOnlyDictionary<ReferenceKey, ReferenceFacts> facts, DiagnosticBag diagnostics, ResolutionMemo.Calls? last = null, ResolutionMemo.Calls? next = null)
    {
        var persons = new ConcurrentDictionary<string, Person>(StringComparer.Ordinal);
        Person PersonOf(string key) => persons.GetOrAdd(key, people.ToPerson);

        var everyone = meetings.SelectMany(m => m.PeopleNamed)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(PersonOf).ToList();
        var firstNames = CallVoices.FirstNames(everyone);
        // The last build's minutes of a call are this build's when it read them with the same names (ResolutionMemo).
        if (last is not null && !last.SameFirstNames(firstNames)) last = null;
        next?.FirstNames = firstNames;
        // Each call's minutes read the directory only (its rosters were resolved before, and every person they name is
        // made above), so the calls are read in parallel; the spellings of the speakers found on the way are counted
        // after, in call order, before any other person is made from the directory.
        var calls = meetings.AsParallel().AsOrdered()
            .Select(m =>
            {
                if (!written.TryGetValue(m.Id, out var w) || !HasMinutes(w)) return new CallMinutes(m, [], []);
                var minutes = last?.Minutes(m, w) ?? WithMinutes(m, w, new CallVoices(m, w, people, PersonOf, firstNames), people);
                next?.Minutes(m, w, minutes);
                return minutes;
            })
            .ToList();
        foreach (var (key, label) in calls.SelectMany(c => c.Speakers)) people.RememberSpeaker(key, label);
        var resolved = calls.Select(c => c.Meeting).ToList();
        foreach (var (label, file, line, count, candidates) in calls.SelectMany(c => c.Unresolved))
        {
            var times = count > 1 ? $" ({count.ToString(CultureInfo.InvariantCulture)} times in this call)" : "";
            diagnostics.Add(Diagnostic.Warning(file, line, candidates.Count > 1
                ? $"speaker '{label}'{times} could be any of this call's {string.Join(", ", candidates.Select(PersonOf).Select(p => $"{p.Name} (@{p.Key})"))}; write the full name or handle, or give '{label}' to one of them for this date in people.yml (aliases: [{{name: {label}, from: …, until: …}}])"
                : CallVoices.IsInitials(label)
                    ? $"speaker '{label}' matches no one of this call{times}; give the initials in the call's roster ('{label}: Full Name (@handle)')"
                    : $"speaker '{label}' matches no one of this call or the archive{times}; list them among the call's attendees, or add '{label}' as an alias in people.yml"));
        }
        return DoneSince(resolved, facts);
    }

    /// <summary>A call with its minutes resolved, the labels of it that matched no one (for check), and the speakers no roster listed, with their keys.</summary>
    internal sealed record CallMinutes(Meeting Meeting, List<UnknownSpeaker> Unresolved, List<(string Key, string Label)> Speakers);

    internal sealed record UnknownSpeaker(string Label, string File, int Line, int Count, IReadOnlyList<string> Candidates);

    // Most calls of most archives record no one's words: their voices (an index of every form of every name) are not made.
    private static bool HasMinutes(ParsedMeeting written) => written.Statements.Count + written.Decisions.Count + written.Actions.Count > 0;

    private static CallMinutes WithMinutes(Meeting meeting, ParsedMeeting written, CallVoices voices, PeopleDirectory people)
    {
        var (unresolved, speakers) = (new List<UnknownSpeaker>(), new List<(string Key, string Label)>());
        var file = written.File;
        var statements = new List<Statement>();
        var unknown = new List<ParsedStatement>();
        // The labels that name someone (as written: "Potuz"), for the unlisted names that may be theirs misspelt.
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var said in written.Statements)
        {
            if (voices.Resolve(said.Label) is { } key)
            {
                statements.Add(new Statement(key, said.Text, new SourceLocation(file, said.Line)));
                known.Add(said.Label);
            }
            // "Tobie, double checking…" names a speaker only when Tobie is one of the call's people: else it is prose.
            else if (!said.RosterOnly) unknown.Add(said);
        }
        // Speakers no roster lists: full names first, so that "William" can then be the "William Morriss" who spoke.
        var groups = unknown.GroupBy(s => s.Label, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        foreach (var fullNames in new[] { true, false })
            foreach (var group in groups.Where(g => g.Count > 0 && g[0].Label.Contains(' ', StringComparison.Ordinal) == fullNames))
            {
                var label = group[0].Label;
                var key = fullNames ? null : voices.Resolve(label);
                if (key is null && SpeaksUnlisted(label, group, voices))
                {
                    voices.Learn(label, key = people.SpeakerKey(label, meeting.Date));
                    speakers.Add((key, label));
                }
                if (key is null) continue;
                statements.AddRange(group.Select(said => new Statement(key, said.Text, new SourceLocation(file, said.Line))));
                known.Add(label);
                group.Clear();
            }
        // A plain label that opens three lines or more, taking turns with known speakers, reads as a person (a run of
        // "Falco: …" lines is a list of topics, not a conversation). One that no one of the call could carry ("Mikhail:
        // …" in a transcript with no roster) is a speaker of their own, as a bold label speaking twice is; unless it is
        // one slip from a label that names someone ("Potus:" among Potuz's "Potuz:" lines), whom it may be, misspelt.
        // Compared only in calls of a few hundred such labels, so that a transcript of many names costs no square of
        // them: past that, no one is guessed.
        var spokenLines = statements.Select(s => s.Source.Line).Order().ToList();
        foreach (var group in groups.Where(g => known.Count <= MostLabelsCompared && g.Count(s => s.Opens) >= 3 && TakesTurns(g[0].Label, g, spokenLines)
                     && voices.Candidates(g[0].Label, limit: 1).Count == 0
                     && !known.Any(other => NameResemblance.OneSlipApart(g[0].Label, other))))
        {
            var label = group[0].Label;
            var key = people.SpeakerKey(label, meeting.Date);
            voices.Learn(label, key);
            speakers.Add((key, label));
            statements.AddRange(group.Select(said => new Statement(key, said.Text, new SourceLocation(file, said.Line))));
            known.Add(label);
            group.Clear();
        }
        // Report what reads as a person this call does not know: initials where the roster gives initials, and the
        // names above that were left (one slip from someone, or a first name two of the call's people have).
        foreach (var group in groups.Where(g => g.Count > 0).SelectMany(g => g).GroupBy(s => s.Label, StringComparer.Ordinal))
        {
            var first = group.First().Line;
            var initials = CallVoices.IsInitials(group.Key);
            // "CW" when Chris Wu and Carla Wong were both there: their lines are no one's, and check says why.
            var shared = initials ? voices.SharedBy(group.Key) : [];
            var recurring = group.Count() >= 3 && TakesTurns(group.Key, group, spokenLines);
            if (!(initials && voices.UsesAbbreviations) && shared.Count < 2 && !recurring) continue;
            unresolved.Add(new UnknownSpeaker(group.Key, file, first, group.Count(), shared.Count >= 2 ? shared : voices.Candidates(group.Key)));
        }
        var actions = new List<ActionItem>();
        Decision At(string text, int line, MinutesCue cue) => new(text, new SourceLocation(file, line), cue);
        var decisions = written.Decisions.Select(d => At(d.Text, d.Line, d.Cue)).ToList();
        foreach (var action in written.Actions)
        {
            // "AI: I think we should…" where the roster gives someone the initials AI: they spoke; it is no action.
            if (action.Speaker is { } initials && voices.Resolve(initials) is { } speaker)
            {
                statements.Add(new Statement(speaker, action.Text, new SourceLocation(file, action.Line)));
                continue;
            }
            var owners = action.OwnerLabels.Select(voices.ResolveOwner).ToList();
            if (action.OwnersRequired && (owners.Count == 0 || owners.Any(o => o is null)))
            {
                if (action.DecisionUnlessOwned)
                {
                    decisions.Add(At(action.Text, action.Line, action.Cue));
                    continue;
                }
                // A decisions table's row or a decision label that gives work ("Pari will work on the shadow fork",
                // "DECISION 1: Martin to get the new EIP out") is an action even when the call does not know who that
                // is: owed by no one the archive could name, rather than guessed. A sentence is one only when it is.
                if (action.Cue is MinutesCue.Table or MinutesCue.Label)
                    actions.Add(new ActionItem(action.Text, [], new SourceLocation(file, action.Line), false, null, action.Cue));
                continue;
            }
            actions.Add(new ActionItem(action.Text, owners.OfType<string>().Distinct(StringComparer.Ordinal).ToList(), new SourceLocation(file, action.Line),
                action.Checked, action.Checked ? "ticked" : null, action.Cue));
        }
        return new CallMinutes(meeting with
        {
            Statements = statements.Count == 0 ? statements : [.. statements.OrderBy(st => st.Source.Line)],
            Decisions = decisions.Count == written.Decisions.Count ? decisions : [.. decisions.OrderBy(d => d.Source.Line)],
            Actions = actions,
        }, unresolved, speakers);
    }

    /// <summary>Open actions found done since: their PR or issue closed or merged, or a later call of the series saying so.</summary>
    private static List<Meeting> DoneSince(List<Meeting> meetings, IReadOnlyDictionary<ReferenceKey, ReferenceFacts> facts)
    {
        if (!meetings.Any(m => m.Actions.Any(a => !a.Done))) return meetings;
        var result = new List<Meeting>(meetings);
        foreach (var series in Enumerable.Range(0, meetings.Count).GroupBy(i => meetings[i].Series))
        {
            // Walked newest first, so each call sees what the calls after it said.
            var saidDone = new Dictionary<ReferenceKey, string>();
            var ticked = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var index in series.OrderByDescending(i => meetings[i].Date))
            {
                var meeting = meetings[index];
                if (meeting.Actions.Any(a => !a.Done))
                {
                    // The references of each line, looked up once per call rather than scanned once per action.
                    var byLine = meeting.References.ToLookup(r => (r.Source.File, r.Source.Line), r => r.Key);
                    var actions = meeting.Actions.Select(a => a.Done ? a : Settled(a, byLine, facts, saidDone, ticked)).ToList();
                    // A call none of whose actions is settled stays the same object (what a rebuild compares its pages by).
                    if (!actions.SequenceEqual(meeting.Actions, ReferenceEqualityComparer.Instance)) result[index] = meeting with { Actions = actions };
                }
                foreach (var mention in meeting.References.Where(r => DoneWords().IsMatch(r.Snippet)))
                    saidDone[mention.Key] = meeting.Id;
                foreach (var action in meeting.Actions.Where(a => a.DoneBy == "ticked"))
                    ticked[ComparableText.Of(action.Text)] = meeting.Id;
            }
        }
        return result;
    }

    private static ActionItem Settled(ActionItem action, ILookup<(string File, int Line), ReferenceKey> byLine, IReadOnlyDictionary<ReferenceKey, ReferenceFacts> facts,
        Dictionary<ReferenceKey, string> saidDone, Dictionary<string, string> ticked)
    {
        var keys = byLine[(action.Source.File, action.Source.Line)].Distinct().ToList();
        foreach (var key in keys)
            if (facts.TryGetValue(key, out var fact) && fact.State is ReferenceState.Closed or ReferenceState.Merged)
                return action with { Done = true, DoneBy = key.ToString() };
        foreach (var key in keys)
            if (saidDone.TryGetValue(key, out var later)) return action with { Done = true, DoneBy = later };
        return ticked.TryGetValue(ComparableText.Of(action.Text), out var tickedIn) ? action with { Done = true, DoneBy = tickedIn } : action;
    }

    /// <summary>
    /// A speaker no roster lists, named the way transcripts name speakers (<c>**Artem**</c> alone above their words,
    /// <c>**Name** [12:34](…):</c>): theirs when the label is a name (one to three capitalised words, not a word
    /// minutes use as a label such as <c>Summary</c>), nobody else of the call could carry it, and it is a full
    /// name or speaks more than once. Initials are never guessed.
    /// </summary>
    private static bool SpeaksUnlisted(string label, List<ParsedStatement> said, CallVoices voices) =>
        said.Any(s => s.Strong) && SpeakerLabels.LooksLikeName(label) && !CallVoices.IsInitials(label)
        && (label.Contains(' ', StringComparison.Ordinal) || said.Count(s => s.Opens) >= 2) && voices.Candidates(label, limit: 2).Count == 0;

    /// <summary>How many different labels a call may have for its unlisted speakers to be compared with them all.</summary>
    private const int MostLabelsCompared = 300;

    /// <summary>A one-word name whose lines have a known speaker's between them: a turn in a conversation, not a run of topics.</summary>
    private static bool TakesTurns(string label, IEnumerable<ParsedStatement> said, List<int> spokenLines) =>
        NameLike().IsMatch(label) && SpeakerLabels.LooksLikeName(label) && SpokenBetween(spokenLines, said.First().Line, said.Last().Line);

    /// <summary>Whether a known speaker spoke on a line strictly between the two (a binary search, not a scan per label).</summary>
    private static bool SpokenBetween(List<int> sortedLines, int first, int last)
    {
        var at = sortedLines.BinarySearch(first + 1);
        if (at < 0) at = ~at;
        return at < sortedLines.Count && sortedLines[at] < last;
    }

    [GeneratedRegex(@"\b(?:done|merged|landed|closed|completed|finished|shipped|released|fixed|resolved)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoneWords();

    // One capitalised word: what a first name looks like (not "TODO", not "v1.2").
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+$")]
    private static partial Regex NameLike();
}
