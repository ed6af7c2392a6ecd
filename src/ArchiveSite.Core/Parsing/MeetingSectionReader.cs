using ArchiveSite.Diagnostics;
using ArchiveSite.Markdown;
using ArchiveSite.Markdown.Presenters;
using System.Text.RegularExpressions;
using ArchiveSite.Model;
using Markdig.Syntax;

namespace ArchiveSite.Parsing;

/// <summary>
/// Reads the blocks of one call's section: who was MC, who joined, who is MC next, the agenda items
/// with their presenters, and whether the call was cancelled. References are read by <see cref="ReferenceCollector"/>.
/// </summary>
internal sealed partial class MeetingSectionReader(NoteContext note)
{
    public List<PersonEntry> Mcs { get; } = [];
    public List<PersonEntry> Attendees { get; } = [];
    public List<PersonEntry> NextMc { get; } = [];
    public List<ParsedAgendaItem> Agenda { get; } = [];
    public List<MeetingSection> Sections { get; } = [];

    /// <summary>
    /// The blocks read as the roster (a "### Who joined" heading and its list, "**MC:** Name" paragraphs): the call's
    /// page shows them as its MC and attendee lists, so its notes leave them out rather than say them twice.
    /// </summary>
    public HashSet<Block> RosterBlocks { get; } = [];

    /// <summary>
    /// Every block read as naming people, shown as a list or left in the notes (a roll call with its absentees, who sent
    /// regrets): no speech, decision or action is read from them (a roll call's ticked boxes are no tasks done).
    /// </summary>
    public HashSet<Block> PeopleBlocks { get; } = [];
    public bool Cancelled { get; private set; }

    private SectionKind _kind = SectionKind.Content;
    // Under a speaker's label alone on its line, until the next heading: the lists are what they said.
    private bool _transcript;
    private string? _heading;
    // "**Who joined:**" or "Regrets:" with nothing after it: the list below is its people.
    private SectionKind _listFollows = SectionKind.Content;
    // A roster section ends where its text stops naming people ("Cursor park!" after the list of who came).
    private bool _rosterHadPeople;

    public void Read(IEnumerable<Block> blocks)
    {
        ReadBlocks(blocks);
        // Once the whole roster is known: "Release planning (Ana Lima, 10 min)" names its presenter after the topic.
        var roster = Mcs.Concat(Attendees).ToList();
        if (roster.Count == 0) return;
        foreach (var index in _untagged)
            if (TrailingPresenters.Read(Agenda[index].Title, roster) is { } found)
                Agenda[index] = Agenda[index] with { Title = found.Topic, Presenters = found.Presenters };
        // "1. Proposals and discussions" over "1. Memory64 phase 4 vote (Ana Lima) [15 min]": a nested item that names
        // one of the call's people as its presenter is a topic of its own, after the group it is listed under.
        foreach (var (after, item) in Enumerable.Reverse(_nested))
            if (TrailingPresenters.Read(item.Title, roster) is { } found)
                Agenda.Insert(after + 1, item with { Title = found.Topic, Presenters = found.Presenters, Section = Agenda[after].Title });
    }

    // The agenda items that name no presenter of their own.
    private readonly List<int> _untagged = [];

    // Items nested under an agenda item that names no presenter (a group of topics), with the index of that item.
    private readonly List<(int After, ParsedAgendaItem Item)> _nested = [];

    private void ReadBlocks(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is not ListBlock) _nextFollows = false;
            switch (block)
            {
                case HeadingBlock heading:
                    var text = InlineText.Plain(heading);
                    _transcript = false;
                    _outcomesFollow = false;
                    if (_topic is not null && heading.Level <= _topic.Level) _topic = null;
                    _justOpened = heading;
                    Sections.Add(new MeetingSection(text, heading.Level, new SourceLocation(note.File, note.FileLine(heading))));
                    // "## Present" over "### Committee" and "### Guests": the groups of one roster.
                    if (_kind == SectionKind.Attendees && _rosterHeading is not null && heading.Level > _rosterHeading.Level && RosterGroup.IsGroupLabel(text))
                    {
                        RosterBlocks.Add(heading);
                        _heading = text;
                        break;
                    }
                    _heading = text;
                    _kind = SectionKinds.Classify(_heading);
                    // "### Moderator: Danny Ryan": the chair named in the heading itself; what follows is no roster.
                    if (_kind == SectionKind.Content && ChairInHeading(_heading) is { } chair)
                        AddPeople(SectionKind.Mc, SplitNames(chair), note.FileLine(heading));
                    // "## Attendees: Ana Lima, Bo Chen": the roster in the heading itself.
                    else if (_kind == SectionKind.Content && LabelLine.TryRead(_heading, out var inHeading, out var named) && named.Length > 0 && inHeading != SectionKind.Mc)
                        ReadLabel(inHeading, named, note.FileLine(heading));
                    _listFollows = SectionKind.Content;
                    _rosterHadPeople = false;
                    // "## Multipath QUIC (Dan Minor, 20 min)": a heading given a time is a slot of the agenda, and the lists
                    // under it are its notes (its presenters are read with the others', once the roster is known).
                    if (_kind == SectionKind.Content && !IsOutcomesTitle(text, heading: true) && !ClosingLines.IsClosingHeading(text)
                        && TrailingPresenters.TimedTopic(text) is { } timed)
                    {
                        _untagged.Add(Agenda.Count);
                        Agenda.Add(new ParsedAgendaItem(timed, null, [], note.FileLine(heading)));
                        _topic = heading;
                    }
                    _rosterHeading = IsShown(_kind) ? heading : null;
                    if (_rosterHeading is not null) RosterBlocks.Add(heading);
                    break;
                case Markdig.Extensions.Tables.Table table:
                    _justOpened = null;
                    ReadAsRoster(table, () => ReadTable(table));
                    break;
                case ParagraphBlock paragraph when _justOpened is { } topic && _kind == SectionKind.Content && PresenterLine().Match(note.FirstRawLine(paragraph)) is { Success: true } presenter:
                    ReadTopic(topic, presenter.Groups["names"].Value);
                    _justOpened = null;
                    break;
                case ParagraphBlock paragraph:
                    _justOpened = null;
                    ReadAsRoster(paragraph, () => ReadParagraph(paragraph));
                    break;
                case ListBlock list:
                    _justOpened = null;
                    ReadAsRoster(list, () => ReadList(list));
                    break;
                // "<details><summary>Attendees</summary>" over the list: a roster's label, folded away as HTML.
                case HtmlBlock html when SummaryLabel().Match(note.Raw(html)) is { Success: true } summary
                        && SectionKinds.Classify(summary.Groups["label"].Value) is var folded && folded is SectionKind.Attendees or SectionKind.Absent or SectionKind.Scribe:
                    _listFollows = folded;
                    break;
                case QuoteBlock quote:
                    foreach (var p in quote.Descendants<ParagraphBlock>()) NoteCancellation(InlineText.Plain(p));
                    break;
            }
        }
    }

    // A block is the roster's when it was read under a roster heading or label and the section was still one after.
    // A roster heading stays in the notes when anything under it does, so that nothing loses its heading. Who sent
    // regrets or took the minutes is read (neither makes an attendee: notes are often written from the recording) but
    // stays in the notes, as the page has no list for them.
    private void ReadAsRoster(Block block, Action read)
    {
        var people = _listFollows != SectionKind.Content || _kind != SectionKind.Content;
        var roster = _listFollows != SectionKind.Content ? _listFollows == SectionKind.Attendees : IsShown(_kind);
        _readUnshown = false;
        read();
        var namesOnly = (_kind != SectionKind.Content || block is ListBlock or Markdig.Extensions.Tables.Table) && NamesOnlyPeople(block);
        if (people && namesOnly) PeopleBlocks.Add(block);
        if (roster && !_readUnshown && namesOnly)
        {
            RosterBlocks.Add(block);
        }
        else if (_rosterHeading is not null && !RosterBlocks.Contains(block))
        {
            RosterBlocks.Remove(_rosterHeading);
            _rosterHeading = null;
        }
    }

    private HeadingBlock? _rosterHeading;
    // The heading just read, until the first block under it.
    private HeadingBlock? _justOpened;
    // A heading read as an agenda topic (a "Presenter:" line under it, or who and how long in it): the lists in its
    // section, down to the next heading of its level, are its notes.
    private HeadingBlock? _topic;

    // "## Array grouping for Stage 3" over "Presenter: Ana Lima (AL)": the heading is a topic of the call, and the line
    // names who brought it (notes kept per topic, with no agenda list).
    private void ReadTopic(HeadingBlock heading, string names)
    {
        var title = InlineText.Plain(heading).Trim();
        var presenters = SplitNames(names).Select(n => n.Trim().Trim('*', '_').Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (title.Length > 0 && !Agenda.Any(a => a.Title.Equals(title, StringComparison.OrdinalIgnoreCase)))
            Agenda.Add(new ParsedAgendaItem(title, null, presenters, note.FileLine(heading)));
        _topic = heading;
    }

    // "Presenter: Ana Lima (AL)", "**Presenters:** Ana Lima, Bo Chen", "Presented by: Ana"; not "Speaker: 10", a transcript's.
    [GeneratedRegex(@"^\s*(?:\*\*|__)?(?:presenters?|presented\s+by|champions?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?<names>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PresenterLine();
    // The block being read named who sent regrets or took the minutes: it stays in the notes.
    private bool _readUnshown;
    // "**Action items:**" or "Decisions:" alone on its line: the list below says who does what or what was decided
    // (the call's actions and decisions), not what was discussed.
    private bool _outcomesFollow;

    // The rosters the call's page shows as lists of its own (MC, attendees, next MC).
    private static bool IsShown(SectionKind kind) => kind is SectionKind.Mc or SectionKind.NextMc or SectionKind.Attendees;

    // A list is left out of the notes only when every item reads as a person: anything else in it is the notes' own words.
    // An empty item ("* " left for the next person to add themself, as running notes do) names nobody and says nothing.
    private bool NamesOnlyPeople(Block block) =>
        block is not ListBlock list || list.OfType<ListItemBlock>().All(item => item.Count == 0 ||
            item.Count == 1 && AgendaItemText.FirstParagraph(item) is { } first && PersonEntryParser.LooksLikePerson(TaskBox().Replace(note.FirstRawLine(first), "")));

    private void ReadParagraph(ParagraphBlock paragraph)
    {
        _outcomesFollow = false;
        var lines = note.Raw(paragraph).Split('\n');
        var line = note.FileLine(paragraph);
        // "**Next meeting**" over a link to it, "Next meeting on [Feb 13](…)" below the roster: what comes after the call
        // ends the roster, and names no one of it (nor does the list under it).
        if (_kind != SectionKind.Content && _rosterHadPeople && (ClosingLines.IsClosingHeading(lines[0]) || ClosingLines.IsAboutWhatComesNext(lines[0])))
        {
            (_kind, _nextFollows) = (SectionKind.Content, lines.Length == 1);
            return;
        }
        // "#Attendees" (no space after the hashes: a paragraph to Markdown) opens a roster as its heading would.
        if (LabelLine.TryReadUnspacedHeading(lines[0], out var opened))
        {
            (_kind, _heading, _listFollows, _rosterHadPeople) = (opened, lines[0].TrimStart('#').Trim(), SectionKind.Content, false);
            if (IsShown(opened)) RosterBlocks.Add(paragraph);
            PeopleBlocks.Add(paragraph);
            for (var i = 1; i < lines.Length; i++) AddRosterLine(opened, lines[i], line + i);
            return;
        }
        if (LabelLine.TryRead(lines[0], out _, out _) || LabelBelowFirstLine(lines))
        {
            // "**MC:** Name" may be followed by more labels in the same paragraph ("**Who joined**:" ...), and a label
            // with nothing after it by the names it introduces ("**Members present:**" over a line per person).
            var allRoster = true;
            SectionKind? over = null;
            var endsWithLabel = false;
            for (var i = 0; i < lines.Length; i++)
            {
                endsWithLabel = false;
                if (LabelLine.TryRead(lines[i], out var label, out var rest))
                {
                    ReadLabel(label, rest, line + i);
                    over = rest.Length == 0 ? label : null;
                    endsWithLabel = rest.Length == 0;
                    if (!IsShown(label)) allRoster = false;
                }
                else if (over is not null && RosterGroup.IsGroupLabel(lines[i])) continue;
                else if (over is { } kind && PersonEntryParser.LooksLikePerson(lines[i])) AddRosterLine(kind, lines[i], line + i);
                else allRoster = false;
            }
            // Only a label that ends the paragraph introduces the list below it.
            _listFollows = endsWithLabel && over is SectionKind.Attendees or SectionKind.Absent or SectionKind.Scribe ? over.Value : SectionKind.Content;
            if (allRoster) RosterBlocks.Add(paragraph);
            if (allRoster) PeopleBlocks.Add(paragraph);
            return;
        }
        // "**Attendees**" alone, then a paragraph of a name per line ("Ana Lima\", "Bo Chen"), as word processors export it.
        if (_listFollows != SectionKind.Content && lines.All(l => l.Trim().Length == 0 || LabelLine.IsNameLine(l)))
        {
            var under = _listFollows;
            _listFollows = SectionKind.Content;
            for (var i = 0; i < lines.Length; i++)
                if (lines[i].Trim().Length > 0) AddRosterLine(under, lines[i], line + i);
            if (IsShown(under) && !_readUnshown) RosterBlocks.Add(paragraph);
            PeopleBlocks.Add(paragraph);
            return;
        }
        _listFollows = SectionKind.Content;
        if (_kind != SectionKind.Content && _rosterHadPeople && !PersonEntryParser.LooksLikePerson(lines[0])) _kind = SectionKind.Content;
        if (_kind != SectionKind.Content)
        {
            // "Present" over ": Ana, Bo" and "Regrets" over ": Cy" (a definition list, which Markdown here reads as
            // one paragraph): each label line says what the lines below it are.
            var kind = _kind;
            var endsWithLabel = false;
            for (var i = 0; i < lines.Length; i++)
            {
                var entry = DefinitionMarker().Replace(lines[i], "");
                var labelled = SectionKinds.Classify(entry.Replace("**", "", StringComparison.Ordinal));
                endsWithLabel = labelled != SectionKind.Content;
                if (endsWithLabel)
                {
                    kind = labelled;
                    _readUnshown |= !IsShown(kind);
                }
                // "Regrets: Cy" among the names; not "MC: Matteo Collina", a legend of initials.
                else if (LabelLine.TryRead(entry, out var label, out var rest) && rest.Length > 0 && label is SectionKind.Absent or SectionKind.Scribe) ReadLabel(label, rest, line + i);
                else AddRosterLine(kind, entry, line + i);
            }
            // "Absent" alone over "* Pablo Galindo": the label introduces the list below it.
            if (endsWithLabel) _listFollows = kind;
            return;
        }
        var text = InlineText.Plain(paragraph);
        NoteCancellation(text);
        // "**Danny**" alone above their words: a transcript starts, and its bullets are speech, not agenda items.
        // So does "[Ana Lima] 00:01:10" over her words, as transcription tools export a turn.
        if (SpeakerLabels.ReadAlone(lines[0].Trim()) is { Success: true } speaker && (lines.Length == 1 || speaker.Groups["stamp"].Success) && IsSpeaker(speaker.Groups["label"].Value))
            _transcript = true;
        _outcomesFollow = lines.Length == 1 && IsOutcomesTitle(lines[0]);
        if (_outcomesFollow || IsOutcomesTitle(_heading, heading: true)) return;
        var (tags, title) = AgendaItemText.Read(note, paragraph);
        if (tags.Nicknames.Count > 0 && _topic is null && !_transcript) Agenda.Add(new ParsedAgendaItem(title, _heading, tags.Nicknames, line));
    }

    // A roster's plain line: a person, or two ("Ana & Bo"). "The following people attended:" introduces the roster
    // and a group label ("**Visitors**", "Guests:") says what the people below it are: neither names anyone.
    // "Alex Beregszaszi (Solidity), Anton Nashatyrev (ethereumJ), Casey Detrio": a line of several names, split at the
    // commas outside parentheses and links.
    private void AddRosterLine(SectionKind kind, string text, int line)
    {
        if (text.TrimEnd().EndsWith(':') || RosterGroup.IsGroupLabel(text)) return;
        // "Ana Lima, Bo Chen, and Cy Dube attended.": a sentence of who came. "Everyone from the core team attended." names
        // no one to read (it was a person of that name).
        if (AttendedSentence().Match(text) is { Success: true } sentence)
        {
            var listed = ListedNames().Split(sentence.Groups["names"].Value.Trim()).Where(n => n.Length > 0).ToList();
            // Each a capitalised name ("Ana Lima", "Bo"), not "The whole core team".
            if (listed.Count > 0 && listed.All(n => LabelLine.IsNameLine(n) || !n.Contains(' ', StringComparison.Ordinal) && char.IsUpper(n[0]) && PersonEntryParser.LooksLikePerson(n)))
                AddPeople(kind, listed, line);
            else NamesNobody(kind, text, line);
            return;
        }
        if (RosterGroup.NamesAfterLabel(text) is { } grouped)
        {
            AddPeople(kind, SplitNames(grouped), line);
            return;
        }
        var parts = SplitOutsideLinks(text).ToList();
        if (parts.Count >= 3 && parts.All(PersonEntryParser.LooksLikePerson))
            foreach (var part in parts) AddPeople(kind, RosterGroup.SplitPair(part), line);
        else AddPeople(kind, RosterGroup.SplitPair(text), line);
    }

    private void ReadTable(Markdig.Extensions.Tables.Table table)
    {
        // "| Attending | Ana, Bo, Cy |": a row whose first cell is a roster label, in any table.
        if (LabelRows(table)) return;
        // A table under a roster heading or label, or any table whose header has a Name column among others
        // (| Name | Abbreviation | Organization |) in a section that is not the agenda's.
        var kind = _listFollows != SectionKind.Content ? _listFollows : _kind;
        _listFollows = SectionKind.Content;
        // "| Time | Topic | Presenter |": the agenda as a table, a topic per row.
        if (kind == SectionKind.Content && !_transcript && !IsOutcomesTitle(_heading, heading: true) && AgendaTable.Read(table, note, _heading) is { Count: > 0 } topics)
        {
            Agenda.AddRange(topics);
            return;
        }
        // "| Attendees |" over a name per row: a one-column table headed by a roster's label.
        if (kind == SectionKind.Content && TableHeaders.Of(table) is [var only] && SectionKinds.Classify(only) is SectionKind.Attendees or SectionKind.Mc or SectionKind.Absent)
            kind = SectionKinds.Classify(only);
        if (kind == SectionKind.Content && (IsAgendaHeading(_heading) || !AttendeeTable.IsPeopleTable(table))) return;
        var target = kind == SectionKind.Content ? SectionKind.Attendees : kind;
        var (people, notAllPresent) = AttendeeTable.Read(table, note);
        foreach (var entry in people) Add(target, entry);
        // A roll call that marks someone absent stays in the notes: the page lists only who came.
        _readUnshown |= notAllPresent;
        _rosterHadPeople = true;
    }

    private bool LabelRows(Markdig.Extensions.Tables.Table table)
    {
        var found = false;
        foreach (var row in table.OfType<Markdig.Extensions.Tables.TableRow>())
        {
            var cells = row.OfType<Markdig.Extensions.Tables.TableCell>().Select(c => note.Raw(c).Trim().Trim('|').Trim()).ToList();
            if (cells.Count < 2 || cells[0].Replace("**", "", StringComparison.Ordinal).Trim() is not { Length: > 0 } label
                || SectionKinds.Classify(label) is not (SectionKind.Attendees or SectionKind.Mc) and var kind) continue;
            AddPeople(SectionKinds.Classify(label), SplitNames(cells[1]), note.FileLine(row));
            found = true;
        }
        return found;
    }

    // "## Decisions", "### Action items", "**Decisions**:": what the call concluded (read as its decisions and actions),
    // not what it discussed. Not "### Action" (a section of topics, in some notes) or "Action Item:" with nothing after
    // it (a template's empty field, over the next topic).
    private static bool IsOutcomesTitle(string? title, bool heading = false) =>
        title is not null && ((heading ? MinuteItems.OfHeading(title) : MinuteItems.OfTitle(title)) != MinuteItems.Kind.None && !SingularAction().IsMatch(title) || DecisionsAndActions().IsMatch(title));

    // "## Decisions and Actions Made", "### Decisions & action items".
    [GeneratedRegex(@"^\W*decisions?\s*(?:and|&|/)\s*actions?(?:\s+items?)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionsAndActions();

    [GeneratedRegex(@"^\W*action(?:\s+item)?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex SingularAction();

    private static bool IsAgendaHeading(string? heading) =>
        heading is not null && heading.Contains("agenda", StringComparison.OrdinalIgnoreCase);

    // "## Notes", "### Meeting notes", "## Discussion", "## Minutes": the record of a call whose topics an agenda heading
    // listed above it.
    [GeneratedRegex(@"^\W*(?:(?:meeting|call)\s+)?(?:notes|minutes|discussion(?:\s+notes)?|notes\s+(?:and|&)\s+discussion)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotesHeading();

    // Whether this call listed its topics under an agenda heading: the lists of a notes section below are then its record.
    private bool _agendaListed;

    // A closing label ("**Next meeting**") that ended the roster: the list right under it is about the next call.
    private bool _nextFollows;

    private void ReadList(ListBlock list)
    {
        if (_nextFollows)
        {
            _nextFollows = false;
            return;
        }
        // As for paragraphs, the roster ends at a list that names nobody ("- [the proposal](...)" after the attendees).
        if (_listFollows == SectionKind.Content && _kind != SectionKind.Content && _rosterHadPeople
            && list.OfType<ListItemBlock>().Select(AgendaItemText.FirstParagraph).FirstOrDefault() is { } opening
            && !PersonEntryParser.LooksLikePerson(note.FirstRawLine(opening)))
            _kind = SectionKind.Content;
        var kind = _listFollows != SectionKind.Content ? _listFollows : _kind;
        _listFollows = SectionKind.Content;
        if (kind != SectionKind.Content) _rosterHadPeople = true;
        // A list whose items mostly open with a speaker ("- Jordi: precompiles are…") is a discussion, not an agenda.
        var discussion = kind == SectionKind.Content && IsDiscussion(list);
        var outcomes = _outcomesFollow || IsOutcomesTitle(_heading, heading: true);
        _outcomesFollow = false;
        // "## Agenda" with its topics, then "## Notes": the notes' items are what was said of those topics, not more topics.
        var record = _agendaListed && _heading is not null && NotesHeading().IsMatch(_heading);
        var topicsBefore = Agenda.Count;
        var (ticked, unticked) = (0, 0);
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var first = AgendaItemText.FirstParagraph(item);
            if (first is null) continue;
            var firstLine = note.FirstRawLine(first);
            var line = note.FileLine(first);
            // Markdown reads on in one list across blank lines: after a gap, an item that names no one ends the roster,
            // and it and the items after it are the agenda ("* doc: move COC proposal to stage 3 [#379](…)" below "* Joe Sepi").
            if (kind != SectionKind.Content && item != list.FirstOrDefault() && note.AfterGap(first) && !PersonEntryParser.LooksLikePerson(TaskBox().Replace(firstLine, "")))
                kind = _kind = SectionKind.Content;
            if (kind != SectionKind.Content)
            {
                // "- [x] Ana Lima" in a roll call: present; "- [ ] Bo Chen": not marked present, and the list stays in the notes.
                if (first.Inline?.FirstChild is Markdig.Extensions.TaskLists.TaskList box)
                {
                    firstLine = TaskBox().Replace(firstLine, "");
                    if (!box.Checked)
                    {
                        _readUnshown = true;
                        unticked++;
                        continue;
                    }
                    ticked++;
                }
                // "- Team members: Josh, Niko" under Attendance: the group's label names no one; its names do. "- Ana Lima,
                // Bo Chen, Cy Dube": three full names or more are as many people. "- Falco maintainers" over "- Ana Lima":
                // a group, whose people are nested under it.
                // An item that named someone is theirs, never minutes ("* @alima - Acme" is no statement), though the list
                // it is in may go on with the agenda.
                if (!RosterGroup.IsGroupLabel(firstLine)
                    && AddPeople(kind, RosterGroup.NamesAfterLabel(firstLine) is { } grouped ? SplitNames(grouped) : SeveralNames(firstLine) ?? [firstLine], line))
                    PeopleBlocks.Add(item);
                // (Only under an item's own words: "1. - Ana Lima" is one item whose words are in a list of their own.)
                foreach (var nested in item.FirstOrDefault() is ParagraphBlock ? item.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()) : [])
                    if (AgendaItemText.FirstParagraph(nested) is { } inner && note.FirstRawLine(inner) is var innerLine && LabelLine.IsNameLine(innerLine.Trim().TrimStart('-', '*', '+').Trim()))
                        AddPeople(kind, [innerLine], note.FileLine(inner));
                continue;
            }
            if (LabelLine.TryRead(firstLine, out var label, out var rest))
            {
                ReadLabel(label, rest, line);
                continue;
            }
            NoteCancellation(FirstLine(InlineText.Plain(first)));
            if (ClosingLines.IsClosingHeading(_heading) || ClosingLines.IsAboutWhatComesNext(firstLine)) continue;
            // "* Vitalik:" over their words: a transcript's turn, and the rest of the section is speech too.
            var bare = firstLine.Trim().TrimStart('-', '*', '+').Trim();
            if (SpeakerLabels.ReadAlone(bare) is { Success: true } turn && IsSpeaker(turn.Groups["label"].Value)) _transcript = true;
            // "- **Status:** no progress": how an earlier item stands, not a topic; nor is "- Consensus: …" or "- AI (Pia): …",
            // what came of one.
            // "- Meeting date: 2024-01-10", "- Time: 16:00 UTC" at the top of an agenda: when and where the call is, no topic.
            if (_transcript || discussion || outcomes || record || _topic is not null || StatusLine().IsMatch(bare) || CallField().IsMatch(bare) || MinuteItems.IsLabelledOutcome(bare)) continue;
            var (tags, title) = AgendaItemText.Read(note, first);
            // The item's own tag names its presenters; tags on the lines below it are replies ("[leogr] Thank
            // you!") unless the item has no tag itself ("- Release 0.30" over "- [leo] status"). An item tagged with
            // a topic ("- [Build/Infra call] Follow up" over "- [Lorenzo/Rajib] to send the emails") names nobody.
            var presenters = (tags.Tagged ? tags.Nicknames : NestedTags(item)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (!tags.Tagged && presenters.Count == 0)
            {
                _untagged.Add(Agenda.Count);
                foreach (var nested in item.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()))
                    if (AgendaItemText.FirstParagraph(nested) is { } inner)
                        _nested.Add((Agenda.Count, new ParsedAgendaItem(AgendaItemText.Read(note, inner).Title, _heading, [], note.FileLine(inner))));
            }
            Agenda.Add(new ParsedAgendaItem(title, _heading, presenters, line));
        }
        if (Agenda.Count > topicsBefore && IsAgendaHeading(_heading)) _agendaListed = true;
        if (unticked > 0 && ticked == 0)
            note.Diagnostics.Add(Diagnostic.Warning(note.File, note.FileLine(list),
                $"none of this roster's {unticked} boxes is ticked, so no one in it is taken as present; tick who came (- [x] Name), or drop the boxes"));
    }

    private IEnumerable<string> NestedTags(ListItemBlock item) =>
        item.OfType<ListBlock>()
            .SelectMany(l => l.Descendants<ListItemBlock>())
            .Select(i => i.OfType<ParagraphBlock>().FirstOrDefault())
            .Where(p => p is not null)
            .SelectMany(p => PresenterTags.Read(note.FirstRawLine(p!)).Nicknames);

    // An attendees label with nothing after it introduces the list that follows.
    /// <summary>The value of a heading "Label: value" whose label names the chair (Moderator, Chair, Facilitator, MC, Host).</summary>
    private static string? ChairInHeading(string heading)
    {
        var colon = heading.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == heading.Length - 1) return null;
        var value = heading[(colon + 1)..].Trim();
        return value.Length > 0 && SectionKinds.Classify(heading[..colon]) == SectionKind.Mc ? value : null;
    }

    private void ReadLabel(SectionKind label, string rest, int line)
    {
        _readUnshown |= !IsShown(label);
        if (label is SectionKind.Attendees or SectionKind.Absent or SectionKind.Scribe && rest.Length == 0) _listFollows = label;
        else AddPeople(label, SplitNames(rest), line);
    }

    /// <returns>Whether any line named someone.</returns>
    private bool AddPeople(SectionKind kind, IEnumerable<string> lines, int line)
    {
        var named = false;
        foreach (var text in lines)
        {
            if (PersonEntryParser.Parse(text, line) is { } entry)
            {
                Add(kind, entry);
                _rosterHadPeople = named = true;
            }
            else if (!PersonEntryParser.NamesNobodyOnPurpose(text)) NamesNobody(kind, text, line);
        }
        return named;
    }

    private void NamesNobody(SectionKind kind, string text, int line) =>
        note.Diagnostics.Add(Diagnostic.Warning(note.File, line,
            $"'{text.Trim()}' under {kind} names nobody the parser can read; write `Name ([@handle](https://github.com/handle))`"));

    private void Add(SectionKind kind, PersonEntry entry)
    {
        // "Bo Chen (absent)", "Cy Dube - regrets": on the roster, not at the call.
        if (kind == SectionKind.Attendees && Presence.MarksAbsent(entry.Detail))
        {
            _readUnshown = true;
            return;
        }
        var target = kind switch
        {
            SectionKind.Mc => Mcs,
            SectionKind.NextMc => NextMc,
            SectionKind.Attendees => Attendees,
            _ => null,
        };
        target?.Add(entry);
        // "Ana Lima (chair)", "Bo Chen - Facilitator", a Role column's "Chair": the roster says who chaired the call.
        if (kind == SectionKind.Attendees && ChairsTheCall(entry.Detail)) Mcs.Add(entry);
    }

    // "Created: July 8, 2024" over "Participants: Ana Lima, Bo Chen" (a page's properties, as Notion exports them),
    // "**Recording**: …" over "**MC Next Call**: Kris": a roster's label on a later line of a paragraph outside the
    // rosters. Not in a legend of initials ("MB: Myles Borins" over "MC: Matteo Collina"), where "MC" is someone's.
    // A block of properties is short, and each is a label and a colon: a transcript's paragraph of hundreds of lines is
    // not looked through line by line.
    private bool LabelBelowFirstLine(string[] lines) =>
        _kind == SectionKind.Content && lines.Length is > 1 and <= 12
        && lines.Skip(1).Any(l => l.IndexOf(':', StringComparison.Ordinal) is > 0 and < 48 && LabelLine.TryRead(l, out var kind, out var rest) && rest.Length > 0 && IsShown(kind))
        && !lines.Any(l => InitialsLegend().IsMatch(l) && !LabelLine.TryRead(l, out _, out _));

    [GeneratedRegex(@"^\s*\p{Lu}{2,4}:\s+\p{Lu}")]
    private static partial Regex InitialsLegend();

    private static bool ChairsTheCall(string? detail) =>
        detail is not null && ChairRole().IsMatch(detail.Split([',', ';', '/'], 2)[0].Trim());

    // The role that runs the call, as a roster writes it beside a name (not "Vice chair", "TSC Chair": offices, not this call's).
    [GeneratedRegex(@"^(?:meeting\s+)?(?:chair|co-?chair|chairperson|chairman|chairwoman|chairing|facilitator|facilitating|moderator|moderating|host|hosting|mc|emcee|convenor|convener)$", RegexOptions.IgnoreCase)]
    private static partial Regex ChairRole();

    // "[x] " and "[ ] " before a roll call's names.
    [GeneratedRegex(@"^\s*\[[ xX]\]\s*")]
    private static partial Regex TaskBox();

    // ": Ana, Bo": the definition-list line under a label ("Present") that names its people.
    [GeneratedRegex(@"^\s{0,3}:\s+")]
    private static partial Regex DefinitionMarker();

    private void NoteCancellation(string text)
    {
        if (!Cancelled && CancellationNotice.Says(text)) Cancelled = true;
    }

    public void NoteHeadingCancellation(string headingRest)
    {
        if (CancellationNotice.SaysInHeading(headingRest)) Cancelled = true;
    }

    public void NoteStruckDate() => Cancelled = true;

    // "Name, Name and Name" on one MC line; a line with Markdown links is one person with a link.
    // Asides go: "leogr (as backup, if nobody else can)", "Thomas or Leogr as backup".
    // "Ana Lima (@analima), Bo Chen (@bochen)": a handle in an aside is kept with its name, as a link is.
    private static IEnumerable<string> SplitNames(string rest) =>
        Mentions(rest) is { } mentioned ? mentioned
        : SeveralNames(rest, minimum: 3, separator: '|') is { } piped ? piped
        : rest.Contains("](", StringComparison.Ordinal) || rest.Contains("github.com", StringComparison.OrdinalIgnoreCase) || rest.Contains("(@", StringComparison.Ordinal)
            ? SplitOutsideLinks(rest)
            // Asides go ("Bo Chen (Acme, Inc.)" is one name), but for the one that says who chaired ("Ana Lima (chair)").
            : Aside().Replace(rest, aside => ChairsTheCall(aside.Value.Trim('(', ')', ' ')) ? aside.Value : "")
                .Split([",", ";", " and ", " w/ ", " with ", "/", " & ", " or "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// "@Ana Lima @Bo Chen @cy": people mentioned one after another, as Notion and chat tools export them. A mention with
    /// more words is a name (no handle has a space); a single word is a handle. Null unless there are two mentions or more.
    /// </summary>
    private static IEnumerable<string>? Mentions(string line) =>
        MentionRun().IsMatch(line)
            ? MentionStart().Split(line.Trim()).Where(p => p.Length > 0).Select(p => p.Trim().Contains(' ', StringComparison.Ordinal) ? p.Trim().TrimStart('@') : p.Trim())
            : null;

    [GeneratedRegex(@"^\s*@[\p{L}\p{N}_.-]+(?: \p{Lu}[\p{L}'.-]*)*(?:\s+@[\p{L}\p{N}_.-]+(?: \p{Lu}[\p{L}'.-]*)*)+\s*$")]
    private static partial Regex MentionRun();

    [GeneratedRegex(@"\s+(?=@)")]
    private static partial Regex MentionStart();

    [GeneratedRegex(@"^\s*(?<names>\p{Lu}.{0,600}?)\s+(?:attended|joined|were\s+(?:present|in\s+attendance|there))(?:\s+(?:the\s+)?(?:call|meeting))?\s*\.?\s*$")]
    private static partial Regex AttendedSentence();

    // "Ana Lima, Bo Chen, and Cy Dube", "Ana and Bo".
    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+")]
    private static partial Regex ListedNames();

    /// <summary>
    /// A line that is several people's full names (<c>Ana Lima, Bo Chen, Cy Dube</c>, <c>Ana Lima | Bo Chen | Cy Dube</c>),
    /// split; null when it has fewer parts than <paramref name="minimum"/> or one is no name. Two parts stay one entry:
    /// <c>Jane Doe, Red Hat</c> is a name and an organisation.
    /// </summary>
    private static List<string>? SeveralNames(string line, int minimum = 3, char separator = ',')
    {
        if (line.Count(c => c == separator) < minimum - 1) return null;
        var parts = line.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Trim().TrimStart('-', '*', '+').Trim()).ToList();
        return parts.Count >= minimum && parts.All(LabelLine.IsNameLine) ? parts : null;
    }

    [GeneratedRegex(@"<summary[^>]*>\s*(?:<[^>]{1,20}>\s*)*(?<label>[^<]{1,60}?)\s*(?:</[^>]{1,20}>\s*)*</summary>", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryLabel();

    /// <summary>"Ada ([@ada-l](url)), Grace ([@grace-h](url))": commas and semicolons between people, not inside a link.</summary>
    private static IEnumerable<string> SplitOutsideLinks(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[': depth++; break;
                case ')' or ']': depth = Math.Max(0, depth - 1); break;
                case ',' or ';' when depth == 0:
                    if (text[start..i].Trim() is { Length: > 0 } part) yield return part;
                    start = i + 1;
                    break;
            }
        }
        if (text[start..].Trim() is { Length: > 0 } last) yield return last;
    }

    // A label alone that names someone ("**Danny**", "* Vitalik:"), not a bold pseudo-heading ("**This week highlights**").
    private static bool IsSpeaker(string label) =>
        SectionKinds.Classify(label) == SectionKind.Content && !MinuteItems.IsMarkerWord(label)
        && (SpeakerLabels.LooksLikeName(label) || SpeakerLabels.LooksLikeHandle(label));

    private bool IsDiscussion(ListBlock list)
    {
        var (items, spoken) = (0, 0);
        foreach (var item in list.OfType<ListItemBlock>())
        {
            if (AgendaItemText.FirstParagraph(item) is not { } first) continue;
            items++;
            // An aside after the label ("Tomorrow (Friday): …") is weaker: it does not make the list a discussion.
            if (SpeakerLabels.Read(note.FirstRawLine(first).Trim().TrimStart('-', '*', '+').Trim()) is { Success: true } said && said.Groups["colon"].Success && !said.Groups["aside"].Success
                && char.IsUpper(said.Groups["label"].Value.TrimStart('@', '*')[0]) && !MinuteItems.IsMarkerWord(said.Groups["label"].Value)) spoken++;
        }
        return spoken >= 2 && spoken * 2 >= items;
    }

    [GeneratedRegex(@"^(?:\*\*|__)?status(?:\*\*|__)?\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^(?:\*\*|__)?(?:(?:meeting|call)\s+)?(?:date|time|date\s*(?:and|&)\s*time|location|venue|where|when|room|time\s*zone)(?:\*\*|__)?\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex CallField();

    [GeneratedRegex(@"\([^)]*\)?|\s+as\s+\w+.*$", RegexOptions.IgnoreCase)]
    private static partial Regex Aside();

    private static string FirstLine(string text)
    {
        var newline = text.IndexOf('\n');
        return newline < 0 ? text : text[..newline];
    }
}
