using ArchiveSite.Text;
using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.Model;
using ArchiveSite.Parsing;

namespace ArchiveSite.Resolution;

/// <summary>
/// Turns the calls parsed from every note into the <see cref="Archive"/>: copies merged, people and
/// nicknames resolved, ids assigned, and every index built in one pass over the meetings.
/// </summary>
public static class ArchiveResolver
{
    public static Archive Resolve(IReadOnlyList<ParsedMeeting> parsed, SiteSettings settings, PeopleRegistry registry, DiagnosticBag diagnostics,
        IReadOnlyDictionary<ReferenceKey, ReferenceFacts>? facts = null, IReadOnlyList<LeftOutFile>? leftOut = null, Reuse? reuse = null)
    {
        parsed = YearlessDates.Settle(parsed, diagnostics);
        var targets = new LinkTargets(parsed.Select(p => p.File).ToHashSet(StringComparer.Ordinal), settings.SourceUrl);
        ReportLinksToNowhere(parsed, targets, diagnostics);
        var (placed, series, inferredSeries) = SeriesAssignment.Assign(parsed, settings.SeriesRules);
        parsed = DateDisputes.Settle(placed, diagnostics);
        var calls = MeetingMerger.Merge(parsed, diagnostics);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var callIds = calls.Select(call => UniqueId(call.First, ids)).ToList();
        // A process that built these notes before (serve) takes what it made then of what nothing read has changed:
        // the reference defaults, the rosters with the directory they counted, and the calls.
        var shared = new SharedReads(reuse?.Settings ?? "", parsed, calls.Select(c => c.Fullest).ToList());
        var (last, next) = (reuse?.Memo.Matching(shared), reuse is null ? null : new ResolutionMemo.Calls(shared));
        var rostered = last?.Rosters ?? Rostered(calls, parsed, settings, registry);
        next?.Rosters = rostered;
        // The minutes count speakers' spellings into the directory: into a copy, the rosters' own kept as they left it.
        var (references, people, rosters) = (rostered.References, rostered.People.Copy(), rostered.Rosters);
        var made = calls.AsParallel().AsOrdered().Select((call, i) =>
            {
                var meeting = last?.Meeting(callIds[i], call.Copies) ?? ToMeeting(call, callIds[i], rosters[i], people, references, targets);
                next?.Meeting(callIds[i], call.Copies, meeting);
                return meeting;
            })
            .ToList();

        var meetings = new List<Meeting>(calls.Count);
        var written = new Dictionary<string, ParsedMeeting>(calls.Count, StringComparer.Ordinal);
        var unresolved = new UnresolvedNicknames();
        var (unplaced, leftAsText) = (new List<ReferenceMention>(), new List<ReferenceMention>());
        for (var i = 0; i < calls.Count; i++)
        {
            meetings.Add(made[i].Meeting);
            written[made[i].Meeting.Id] = calls[i].Fullest;
            foreach (var (nickname, file, line) in made[i].Unresolved) unresolved.Note(nickname, file, line);
            unplaced.AddRange(made[i].Unplaced);
            leftAsText.AddRange(made[i].LeftAsText);
        }
        meetings = NextMcs.Settle(meetings, people);
        if (last is not null) meetings = meetings.ConvertAll(last.MinutesInput);
        meetings = MinutesResolver.Resolve(meetings, written, people, facts ?? new Dictionary<ReferenceKey, ReferenceFacts>(), diagnostics, last, next);
        meetings = UpcomingCalls.Mark(meetings);
        // A call settled into an equal record as the last build's (its next MCs or done actions found anew) is that record.
        if (last is not null) meetings = meetings.ConvertAll(last.Settled);
        next?.Settled(meetings);
        unresolved.Report(diagnostics);
        ReportUnplaced(unplaced, diagnostics);
        WarnOnUnexpectedRepositories(meetings, settings, diagnostics);

        if (next is not null) reuse!.Memo.Keep(next);
        return ArchiveIndexer.Index(settings, references, series, inferredSeries, meetings, people, facts ?? new Dictionary<ReferenceKey, ReferenceFacts>(), leftOut ?? [], leftAsText);
    }

    /// <summary>
    /// Every call's roster before any call's Meeting: the names presenters are matched by are then the archive's. Each
    /// call's roster, then its Meeting, depends on no other call's (the spellings a roster counts add up the same in any
    /// order), so both are made in parallel; what they report is gathered after, in call order.
    /// </summary>
    private static ResolutionMemo.Rostered Rostered(IReadOnlyList<CallCopies> calls, IReadOnlyList<ParsedMeeting> parsed, SiteSettings settings, PeopleRegistry registry)
    {
        var references = ReferenceDefaults.Infer(parsed.SelectMany(p => p.References), settings);
        var people = new PeopleDirectory(registry, parsed.SelectMany(p => p.Mcs.Concat(p.Attendees).Concat(p.NextMc)));
        return new(references, people, calls.AsParallel().AsOrdered().Select(call => CallRoster.Of(call.Fullest, people, settings.IsTopicTag)).ToList());
    }

    // Rendering applies the same answers (Meeting.Addresses) and says nothing, so that check, build and export
    // all report them, each copy of a call with its own note's line.
    private static void ReportLinksToNowhere(IReadOnlyList<ParsedMeeting> parsed, LinkTargets targets, DiagnosticBag diagnostics)
    {
        foreach (var call in parsed)
            foreach (var address in call.RelativeAddresses)
            {
                targets.Settle(call.File, address.Url, out var warning);
                if (warning is not null) diagnostics.Add(Diagnostic.Warning(call.File, address.Line, warning));
            }
    }

    /// <summary>The memo of a process that builds many times, with the digest of the settings files this resolution reads (<see cref="ArchiveInputs.SettingsDigest"/>).</summary>
    public sealed record Reuse(ResolutionMemo Memo, string Settings);

    /// <summary>One call's <see cref="Meeting"/>, with the presenters no one matched and the references it could not place.</summary>
    internal sealed record MadeMeeting(Meeting Meeting, List<(string Nickname, string File, int Line)> Unresolved, List<ReferenceMention> Unplaced, List<ReferenceMention> LeftAsText);

    // Reads the people and counts no spelling (the roster did): a call's Meeting depends on its copies, its roster and
    // what all the notes settle together (people, reference defaults, link targets), never on the calls made before it.
    private static MadeMeeting ToMeeting(CallCopies call, string id, CallRoster roster, PeopleDirectory people, ReferenceDefaults defaults, LinkTargets targets)
    {
        var m = call.Fullest;
        var sources = call.Copies.OrderBy(c => c == m ? 0 : 1).ThenBy(c => c.File, StringComparer.Ordinal).ThenBy(c => c.Line)
            .Select(c => new SourceLocation(c.File, c.Line)).ToList();
        // "[Ana Lima] Welcome", "[Bo] Release": a presenter no alias or handle names may be one of the call's own people, by
        // their full name or a first name only one of them has: the name this call writes them by, or the one the archive
        // gives them (the call may name them by handle alone).
        // Looked up by name (null where two people share it), so a call of many presenters costs no square of its roster.
        Dictionary<string, string?>? byName = null;
        string? CallPerson(string nickname)
        {
            if (byName is null)
            {
                byName = new Dictionary<string, string?>(StringComparer.Ordinal);
                var names = roster.Mcs.Concat(roster.Attendees).Distinct().Select(k => (Key: k, Name: people.ToPerson(k).Name))
                    .Concat(roster.WrittenNames).Select(p => (p.Key, Name: PersonNames.Normalize(p.Name))).Distinct().ToList();
                foreach (var (key, name) in names) byName[name] = byName.TryGetValue(name, out var other) && other != key ? null : key;
                foreach (var group in names.GroupBy(p => p.Name.Split(' ')[0], StringComparer.Ordinal).Where(g => !byName.ContainsKey(g.Key)))
                    byName[group.Key] = group.Select(p => p.Key).Distinct().Count() == 1 ? group.First().Key : null;
            }
            return byName.GetValueOrDefault(PersonNames.Normalize(nickname));
        }
        var unresolved = new List<(string, string, int)>();
        var agenda = m.Agenda.Select((a, index) =>
            {
                var resolved = roster.Presenters[index].Select(p => (p.Nickname, Key: p.Key ?? CallPerson(p.Nickname))).ToList();
                foreach (var unknown in resolved.Where(r => r.Key is null)) unresolved.Add((unknown.Nickname, m.File, a.Line));
                return new AgendaItem(a.Title, a.Section,
                    resolved.Where(r => r.Key is not null).Select(r => r.Key!).Distinct().ToList(),
                    resolved.Where(r => r.Key is null).Select(r => r.Nickname).ToList(),
                    new SourceLocation(m.File, a.Line));
            })
            .ToList();
        var (unplaced, leftAsText) = (new List<ReferenceMention>(), new List<ReferenceMention>());
        var meeting = new Meeting
        {
            Id = id,
            Date = m.Date,
            Series = m.Series.Slug,
            Title = m.Title,
            Cancelled = m.Cancelled,
            Sources = sources,
            LastLine = m.LastLine,
            Links = m.Links,
            Mcs = roster.Mcs,
            Attendees = roster.Attendees,
            NextMc = roster.NextMc,
            Sections = m.Sections,
            Agenda = agenda,
            References = Placed(m.References, defaults, unplaced, leftAsText),
            Markdown = m.Markdown,
            Addresses = targets.SettleAll(m),
            RawHtmlTooDeep = m.RawHtmlTooDeep,
            PersonDetails = roster.Details,
        };
        return new MadeMeeting(meeting, unresolved, unplaced, leftAsText);
    }

    // Text references were parsed without the archive's defaults, which only all the notes together give.
    private static List<ReferenceMention> Placed(IReadOnlyList<ReferenceMention> written, ReferenceDefaults defaults, List<ReferenceMention> unplaced, List<ReferenceMention> leftAsText)
    {
        var placed = new List<ReferenceMention>(written.Count);
        HashSet<int>? linesLinkingDefault = null;
        bool? linksOnlyElsewhere = null;
        foreach (var mention in written)
        {
            if (mention.Key.Owner.Length > 0 && mention.Key.Repo.Length > 0) placed.Add(mention);
            // "Consensus Specs, PR #3900": the words before a bare number name a repository the notes link.
            else if (mention.Bare && BareNumbers.WordsBefore(mention) is { } before && defaults.NamedBefore(before, mention.Key.Number) is { } named)
                placed.Add(mention with { Key = named });
            else if (defaults.Complete(mention.Key.Owner, mention.Key.Repo, mention.Key.Number) is { } key)
            {
                linesLinkingDefault ??= written.Where(w => !w.Bare && w.Key.Repository == defaults.Repository).Select(w => w.Source.Line).ToHashSet();
                // "issue #729" in a call that links only other repositories (eth2.0-specs, eth2.0-pm) is one of theirs,
                // not the archive's usual repository: which one, the text does not say.
                linksOnlyElsewhere ??= linesLinkingDefault.Count == 0 && written.Any(w => !w.Bare && w.Key.Owner.Length > 0 && w.Key.Repo.Length > 0);
                if (mention.Bare && (!BareNumbers.AreIssues(mention, defaults, linesLinkingDefault) || linksOnlyElsewhere == true && defaults.HighestWritten is not null))
                    leftAsText.Add(mention with { Key = key });
                else placed.Add(mention with { Key = key });
            }
            else unplaced.Add(mention);
        }
        return placed;
    }

    /// <summary>One warning for every reference no default could place (notes that link no repository at all).</summary>
    private static void ReportUnplaced(List<ReferenceMention> unplaced, DiagnosticBag diagnostics)
    {
        if (unplaced.Count == 0) return;
        var first = unplaced.OrderBy(m => m.Source.File, StringComparer.Ordinal).ThenBy(m => m.Source.Line).First();
        diagnostics.Add(Diagnostic.Warning(first.Source.File, first.Source.Line,
            $"{unplaced.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} reference(s) written without their repository (like #{first.Key.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}) stay text: the notes link no GitHub repository to take it from; set default_repo: OWNER/REPO in archive.yml"));
    }

    private static string UniqueId(ParsedMeeting first, HashSet<string> ids)
    {
        var baseId = $"{first.Date:yyyy-MM-dd}-{first.Series.Slug}";
        var id = baseId;
        for (var n = 2; !ids.Add(id); n++) id = $"{baseId}-{n}";
        return id;
    }

    private static void WarnOnUnexpectedRepositories(List<Meeting> meetings, SiteSettings settings, DiagnosticBag diagnostics)
    {
        if (settings.Repositories.Count == 0) return;
        var expected = settings.Repositories.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var mention in meetings.SelectMany(m => m.References).Where(r => !expected.Contains(r.Key.Repository)))
            diagnostics.Add(Diagnostic.Warning(mention.Source.File, mention.Source.Line,
                $"{mention.Key} is in {mention.Key.Repository}, which is not among archive.yml's repositories; add it there or fix the reference"));
    }
}
