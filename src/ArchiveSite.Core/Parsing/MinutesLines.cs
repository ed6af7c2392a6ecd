using System.Text.RegularExpressions;
using ArchiveSite.Model;
using ArchiveSite.Text;
using Markdig.Syntax;
using MemoryPack;

namespace ArchiveSite.Parsing;

/// <summary>
/// A line that opens with a label and a colon or dash (<c>Alex: Tier 1 requires…</c>, <c>MB - I think…</c>), or a line
/// under a label that stands alone (<c>**Danny**</c>, <c>* Tim:</c>) with the words below it: a statement, once the
/// resolver finds the label is one of the call's people.
/// </summary>
/// <param name="Strong">
/// Written the way a transcript names its speakers (the label alone on its line, emphasised, or followed by a
/// timestamp link), not merely as a line's first word: the resolver lets such a label speak even when no roster
/// names them, if they speak more than once.
/// </param>
/// <param name="Opens">False for the second and later lines under one label: they continue a turn, they do not start one.</param>
/// <param name="RosterOnly">
/// Written in a weaker form (<c>* Tobie, double checking…</c>, a list item that is only a name over its nested
/// lines, without the video's timestamp): a statement only when the label is one of the call's people; else
/// prose, never reported as a speaker.
/// </param>
[MemoryPackable]
public sealed partial record ParsedStatement(string Label, string Text, int Line, bool Strong = false, bool Opens = true, bool RosterOnly = false);

/// <summary>A decision as written (<c>Decision: …</c>, <c>Agreed to close the issue.</c>, <c>the group agreed to…</c>).</summary>
/// <param name="Cue">Why it was read as one.</param>
/// <param name="Number">The number the note gives it (<c>99.1</c>), if any: a number written twice is one decision.</param>
[MemoryPackable]
public sealed partial record ParsedDecision(string Text, int Line, Model.MinutesCue Cue = Model.MinutesCue.Label, string? Number = null);

/// <summary>
/// An action item as written: after a marker (<c>AI:</c>, <c>Action item:</c>, <c>TODO:</c>), a task box
/// (<c>- [ ] …</c>, <c>Checked</c> when ticked), or a sentence that opens with who will do it
/// (<c>Matteo to open an issue</c>, <c>@leogr will…</c>: <c>OwnersRequired</c>, kept only when they resolve).
/// </summary>
/// <param name="Cue">Why it was read as one.</param>
/// <param name="Number">The number the note gives it (<c>57.1</c>), if any: a number written twice is one action.</param>
/// <param name="Speaker">The label that may instead be a speaker's initials (<c>AI: …</c>): when it is one of the call's people, the line is what they said.</param>
/// <param name="DecisionUnlessOwned">Listed as a decision: when its owners are not people of the call, it is that decision.</param>
[MemoryPackable]
public sealed partial record ParsedAction(string Text, IReadOnlyList<string> OwnerLabels, int Line, bool Checked, bool OwnersRequired = false, Model.MinutesCue Cue = Model.MinutesCue.Label, string? Number = null, string? Speaker = null, bool DecisionUnlessOwned = false);

/// <summary>
/// Reads a call's discussion for who said what, what was decided and what someone will do, line by line: every
/// line of every paragraph outside the rosters (a paragraph may hold many speakers' lines), plus the items of a
/// list under a heading or label that names its kind (<c>### Action items</c>, <c>**Decisions:**</c>).
/// Labels are kept as written; the resolver decides which are people.
/// </summary>
internal static partial class MinutesLines
{
    public sealed record Result(IReadOnlyList<ParsedStatement> Statements, IReadOnlyList<ParsedDecision> Decisions, IReadOnlyList<ParsedAction> Actions)
    {
        public static readonly Result None = new([], [], []);
    }

    /// <summary>
    /// How a block's lines are read: free lines by their own markers; the items of a list under a heading of their
    /// kind as decisions or actions; the lines nested under such an item, or the list after a marked paragraph
    /// (<c>**ACTION 62.4:** …</c> over <c>- Status: …</c>), as its discussion: who said what, nothing new decided or owed.
    /// </summary>
    private enum Mode { Free, Decisions, Actions, Discussion }

    public static Result Read(NoteContext note, IReadOnlyList<Block> section, ISet<Block> rosters)
    {
        var reader = new Reader(note, rosters);
        foreach (var block in section) reader.Read(block);
        return reader.Result();
    }

    private sealed class Reader(NoteContext note, ISet<Block> rosters)
    {
        private readonly List<ParsedStatement> _statements = [];
        private readonly List<ParsedDecision> _decisions = [];
        private readonly List<ParsedAction> _actions = [];
        // A heading of a kind rules until the next heading of any level (a deeper one of the same kind rules in its turn).
        private MinuteItems.Kind _underHeading;
        // "**Action items:**" alone: the list below holds them.
        private MinuteItems.Kind _nextList;
        // A paragraph that was itself an item ("**ACTION 62.1:** …"): the list after it discusses it.
        private bool _afterItemParagraph;
        // The label of a line that stands alone ("**Danny**", "* Tim:"): the lines below it are theirs until the next
        // label or heading.
        private string? _speaking;

        // Set when the turn was opened by a list item that is only a name ("* Protolambda" over its nested list): the
        // turn is that item's nested lines, and theirs only if the name is one of the call's people.
        private ListItemBlock? _speakingItem;
        // That item gave the video's timestamp beside the name ("* Justin Drake - [_(25:43)_](…)"): a speaker's heading.
        private bool _speakingTimed;
        // The turn was opened by a name and a bare time alone ("Ana Lima  0:03"), which "Lunch 12:00" writes too: one
        // of the call's people's only.
        private bool _speakingStamped;
        private bool _turnOpen;
        // The heading the lines are under, and the question of the last poll under it.
        private string? _heading;
        private string? _poll;

        // A roster's item that named someone ("* @alima - Acme", "* Hsiao-Wei Wang (EF/Research)"), in a list that may go
        // on with the agenda: its lines name a person, they are not what anyone said.
        private bool InPeopleItem(Block paragraph, Block block)
        {
            for (var parent = paragraph.Parent; parent is not null && parent != block.Parent; parent = parent.Parent)
                if (parent is ListItemBlock && rosters.Contains(parent)) return true;
            return false;
        }

        public Result Result() =>
            _statements.Count + _decisions.Count + _actions.Count == 0 ? MinutesLines.Result.None
                : new Result(_statements, OncePerItem(_decisions, d => d.Number, d => d.Text), OncePerItem(_actions, a => a.Number, a => a.Text));


        public void Read(Block block)
        {
            if (block is HeadingBlock heading)
            {
                (_speaking, _speakingItem) = (null, null);
                (_heading, _poll) = (InlineTextOf(heading).Trim(), null);
                _underHeading = MinuteItems.OfHeading(_heading);
                (_nextList, _afterItemParagraph) = (MinuteItems.Kind.None, false);
                return;
            }
            // A roster ends the turn before it: "**Multiple Participants**" over "Thank you" is not the last speaker's.
            if (rosters.Contains(block))
            {
                (_speaking, _speakingItem) = (null, null);
                return;
            }
            if (block is Markdig.Extensions.Tables.Table table)
            {
                ReadItemsTable(table);
                return;
            }
            var mode = block is not ListBlock || _speaking is not null ? Mode.Free
                : _afterItemParagraph ? Mode.Discussion
                : ModeOf(_nextList != MinuteItems.Kind.None ? _nextList : _underHeading);
            var underLabel = _nextList != MinuteItems.Kind.None;
            (_nextList, _afterItemParagraph) = (MinuteItems.Kind.None, false);
            var items = _decisions.Count + _actions.Count;
            // "* ACTION:" alone in a list item: the items nested under it are actions ("* Joe - squash & merge").
            (ListItemBlock Item, Mode Mode)? introducer = null;
            foreach (var paragraph in Paragraphs(block))
            {
                if (InPeopleItem(paragraph, block)) continue;
                var first = paragraph.Parent is ListItemBlock { Parent: ListBlock list } listItem && listItem.FirstOrDefault() == paragraph ? list : null;
                // A label's list ends where the note leaves a gap of blank lines, though Markdown reads on in one list.
                if (underLabel && first == block && mode is Mode.Decisions or Mode.Actions && note.AfterGap(paragraph)) mode = Mode.Free;
                var item = mode is Mode.Decisions or Mode.Actions && first == block;
                var paragraphMode = mode is Mode.Decisions or Mode.Actions && !item ? Mode.Discussion : mode;
                if (introducer is { } label && first?.Parent == label.Item) (item, paragraphMode) = (true, label.Mode);
                // "extra protocol things:" in a list of actions: the items nested under it are the actions.
                if (paragraph.Parent is ListItemBlock container && (IntroducesItems(paragraph) ?? (item && IntroducesNested(container) ? paragraphMode : null)) is { } introduced)
                {
                    introducer = (container, introduced);
                    continue;
                }
                ReadParagraph(paragraph, paragraphMode, item, block);
            }
            // Under a heading of a kind, an item written as a paragraph of its own is followed by its discussion.
            if (block is ParagraphBlock && _underHeading != MinuteItems.Kind.None && _decisions.Count + _actions.Count > items) _afterItemParagraph = true;
        }

        // A paragraph that is only a label of a kind ("ACTION:", "Decisions:"): what it introduces, else null.
        private Mode? IntroducesItems(ParagraphBlock paragraph)
        {
            if (paragraph.Line != LastLine(paragraph)) return null;
            var text = FirstLineText(paragraph);
            return MinuteItems.OfTitle(text) is var kind and not MinuteItems.Kind.None && text.TrimEnd('*', '_', ' ').EndsWith(':') ? ModeOf(kind) : null;
        }

        private bool IntroducesNested(ListItemBlock item) =>
            item.OfType<ListBlock>().Any() && item.FirstOrDefault() is ParagraphBlock paragraph && paragraph.Line == LastLine(paragraph)
            && MinuteItems.IntroducesNested(FirstLineText(paragraph));

        // A paragraph's first source line without its indentation, quote marks or list marker.
        private string FirstLineText(ParagraphBlock paragraph) => Prefix().Replace(note.Lines[Math.Min(paragraph.Line, note.Lines.Length - 1)], "").Trim();

        private static Mode ModeOf(MinuteItems.Kind kind) => kind switch
        {
            MinuteItems.Kind.Decisions => Mode.Decisions,
            MinuteItems.Kind.Actions => Mode.Actions,
            _ => Mode.Free,
        };

        private void ReadParagraph(ParagraphBlock paragraph, Mode mode, bool item, Block block)
        {
            // Markdig lets go of a paragraph's lines once it has read its inlines: read them from the note, up
            // to the line of its last inline (a list item paragraph's span can reach over its nested lists).
            var last = Math.Min(LastLine(paragraph), note.Lines.Length - 1);
            var lines = new List<(string Text, int Line)>();
            for (var i = paragraph.Line; i <= last; i++)
                if (Prefix().Replace(note.Lines[i], "").Trim() is { Length: > 0 } text) lines.Add((text, note.FileLine(i)));
            if (lines.Count == 0) return;
            if (item)
            {
                // A list item is one item however its lines are wrapped.
                Add(MinuteItems.ReadListed(string.Join(' ', lines.Select(l => l.Text)), mode == Mode.Decisions ? MinuteItems.Kind.Decisions : MinuteItems.Kind.Actions), lines[0].Line);
                return;
            }
            for (var i = 0; i < lines.Count; i++)
            {
                var (text, line) = lines[i];
                if (i == 0 && lines.Count == 1 && block == paragraph && MinuteItems.OfTitle(text) is var titled and not MinuteItems.Kind.None)
                {
                    if (!EmptyField(paragraph, text)) _nextList = titled;
                    continue;
                }
                // "Poll: advance to phase 4" … "**Poll passes.**": what the group polled on, then what the poll decided.
                if (MinuteItems.PollQuestion(text) is { } question)
                {
                    _poll = question;
                    continue;
                }
                if (MinuteItems.PollPassed(text))
                {
                    if ((_poll ?? _heading) is { } polled) Add(new MinuteItems.Item(MinuteItems.Kind.Decisions, $"{polled} (poll passed)", MinutesCue.Label, []), line);
                    _poll = null;
                    continue;
                }
                // "- Refs:" over a list of links labels a topic's parts; it is no one's turn.
                var alone = SpeakerLabels.ReadAlone(text);
                if (alone.Success && !MinuteItems.IsMarkerWord(alone.Groups["label"].Value)
                    && SectionKinds.Classify(alone.Groups["label"].Value) == SectionKind.Content && !SpeakerLabels.NamesNoOne(alone.Groups["label"].Value))
                {
                    // A transcript begins: whatever heading it is under, its lines are speech, not that heading's items.
                    (_speaking, _turnOpen, _underHeading, _speakingItem) = (alone.Groups["label"].Value.TrimStart('@'), true, MinuteItems.Kind.None, null);
                    _speakingStamped = alone.Groups["stamp"].Success;
                    continue;
                }
                // "**Multiple Participants**", "Everyone:", "Unknown", "Lightclient in chat:" alone: other voices than the
                // last speaker's, whose turn ends there ("**Next to do**" inside an update is a part of that speaker's).
                if (alone.Success && SpeakerLabels.IsOtherVoices(alone.Groups["label"].Value))
                    (_speaking, _speakingItem) = (null, null);
                if (_speakingItem is not null && !Within(paragraph, _speakingItem)) (_speaking, _speakingItem) = (null, null);
                if (i == 0 && lines.Count == 1 && paragraph.Parent is ListItemBlock nameOnly && nameOnly.OfType<ListBlock>().Any()
                    && SpeakerLabels.ReadNameAlone(text) is { Success: true } name && !SpeakerLabels.NamesNoOne(name.Groups["label"].Value))
                {
                    (_speaking, _turnOpen, _speakingItem, _speakingTimed) = (name.Groups["label"].Value, true, nameOnly, name.Groups["time"].Success);
                    continue;
                }
                // Under a name alone, as after a name and a comma, a line that records a decision or gives a task is
                // read as that ("- Falcoctl" over "Nova will give it a once over": no one's turn, Nova's task).
                if (_speaking is not null && !Labelled(text) && (_speakingItem is null || MinuteItems.ReadFree(text).Kind == MinuteItems.Kind.None))
                {
                    // A name alone is a turn only for one of the call's people; with the video's timestamp, for anyone.
                    var byName = _speakingItem is not null && !_speakingTimed || _speakingItem is null && _speakingStamped;
                    _statements.Add(new ParsedStatement(_speaking, MinuteItems.Unmarked(text), line, Strong: !byName, Opens: _turnOpen, RosterOnly: byName));
                    _turnOpen = false;
                    continue;
                }
                if (Said(text, line, mayCommit: mode != Mode.Discussion))
                {
                    (_speaking, _speakingItem) = (null, null);
                    continue;
                }
                // "* Tobie, double checking with the standards group": said by Tobie, if Tobie is one of the call's people
                // (a line that records a decision or gives a task is read as one, as before).
                if (i == 0 && _speaking is null && paragraph.Parent is ListItemBlock && SpeakerLabels.ReadWithComma(text) is { Success: true } named
                    && !SpeakerLabels.NamesNoOne(named.Groups["label"].Value)
                    && MinuteItems.ReadFree(string.Join(' ', lines.Select(l => l.Text))).Kind == MinuteItems.Kind.None)
                {
                    // The item's wrapped lines are the rest of what they said.
                    var words = string.Join(' ', lines.Skip(1).Select(l => l.Text).Prepend(named.Groups["text"].Value));
                    _statements.Add(new ParsedStatement(named.Groups["label"].Value, MinuteItems.Unmarked(words), line, RosterOnly: true));
                    return;
                }
                if (mode == Mode.Discussion) continue;
                var read = MinuteItems.ReadFree(text);
                if (read.Kind == MinuteItems.Kind.None) continue;
                // A labelled item wrapped over several lines of its paragraph is one item: its continuation lines join it;
                // a sentence wrapped over lines joins them up to its end ("We settled ultimately on / **reusing the slot…**").
                var continuation = lines.Skip(i + 1).TakeWhile(l => !Labelled(l.Text) && SpeakerLabels.ReadAlone(l.Text) is not { Success: true });
                var more = read.Cue != MinutesCue.Sentence ? continuation.Count()
                    : MinuteItems.EndsSentence(read.Text) ? 0
                    : WrappedSentence(continuation.TakeWhile(l => MinuteItems.ReadFree(l.Text).Kind == MinuteItems.Kind.None).ToList());
                if (more > 0)
                {
                    var joined = string.Join(' ', lines.Skip(i + 1).Take(more).Select(l => l.Text).Prepend(read.Text));
                    read = read with { Text = read.Cue == MinutesCue.Sentence ? MinuteItems.UpToSentenceEnd(joined, read.Text.Length) : joined };
                }
                Add(read, line);
                i += more;
            }
        }

        private static bool Within(Block block, Block ancestor)
        {
            for (var parent = block.Parent; parent is not null; parent = parent.Parent)
                if (parent == ancestor) return true;
            return false;
        }

        // How many of the lines below finish a sentence a line began: up to the one that ends it, if one does.
        private static int WrappedSentence(List<(string Text, int Line)> below)
        {
            var end = below.FindIndex(l => MinuteItems.EndsSentence(l.Text));
            return end < 0 ? 0 : end + 1;
        }

        // "Alex: Tier 1 requires…": who said what; speech is never itself a decision or an action.
        private bool Said(string text, int line, bool mayCommit)
        {
            // "Lorenzo Fontana - Falco maintainer" introduces someone; a dash opens a statement only after one word (MB - …).
            // "**MC Next Call**: Leo" is the roster's label, not a speaker; "**GitHub Issue**: https://…" a field of the note.
            if (SpeakerLabels.Read(text) is not { Success: true } said || said.Groups["label"].Value is not { } label || MinuteItems.IsMarkerWord(label)
                || SectionKinds.Classify(label) != SectionKind.Content
                || MinuteItems.IsMarked(text) || MinuteItems.IsMotion(text) || !said.Groups["colon"].Success && label.Contains(' ', StringComparison.Ordinal) && !said.Groups["time"].Success
                || SpeakerLabels.IsOnlyALink(said.Groups["text"].Value)
                // "* Pegasys - Joseph Delong [_(16:22)_](…)": a team's update and who gave it, a heading rather than words.
                || SpeakerLabels.ReadNameAlone(said.Groups["text"].Value) is { Success: true } presenter && presenter.Groups["time"].Success)
                return false;
            var strong = said.Groups["time"].Success || text.StartsWith("**", StringComparison.Ordinal) || text.StartsWith("__", StringComparison.Ordinal);
            _statements.Add(new ParsedStatement(label.TrimStart('@'), MinuteItems.Unmarked(said.Groups["text"].Value), line, strong));
            // "Mike: to socialize it in Slack": the speaker took a task on (theirs only if they are one of the call's people).
            // Not under an earlier action, where such a line is its status ("Joe: will lead the chat" under ACTION 62.2),
            // nor in a chat log ("0:40:24 danny: to micah's point…", "1:38:26 Bordel: to remove", a vote).
            if (!mayCommit || SpeakerLabels.StartsWithTime(text)) return true;
            if (MinuteItems.ReadCommitment(said.Groups["text"].Value) is { Kind: MinuteItems.Kind.Actions } committed)
                Add(committed with { Owners = [label.TrimStart('@')] }, line);
            // "Hard-fork guidelines: Martin will get the notes…": a topic's label, no one's name; the line is the note-taker's.
            else if (!SpeakerLabels.LooksLikeName(label) && !SpeakerLabels.LooksLikeHandle(label.TrimStart('@')))
                Add(MinuteItems.ReadFree(said.Groups["text"].Value), line);
            return true;
        }

        // "Action Item:" with nothing after it, between one agenda topic's list and the next: the topic's field left
        // empty, not a label over the list below (that list is the next topic). A plural label ("Action items:") or
        // one right above its list introduces it.
        private bool EmptyField(ParagraphBlock paragraph, string text)
        {
            var singular = SingleItemLabel().IsMatch(MinuteItems.Unmarked(text).TrimEnd(':', ' '));
            var blankAfter = paragraph.Line + 1 < note.Lines.Length && string.IsNullOrWhiteSpace(note.Lines[paragraph.Line + 1]);
            return singular && blankAfter && paragraph.Parent is { } parent && parent.IndexOf(paragraph) is > 0 and var at && parent[at - 1] is ListBlock;
        }

        private void Add(MinuteItems.Item item, int line)
        {
            if (item.Kind == MinuteItems.Kind.Decisions) _decisions.Add(new ParsedDecision(item.Text, line, item.Cue, item.Number));
            else if (item.Kind == MinuteItems.Kind.Actions) _actions.Add(new ParsedAction(item.Text, item.Owners, line, item.Checked, item.OwnersRequired, item.Cue, item.Number, item.Speaker, item.DecisionUnlessOwned));
        }

        // | Decision Item | Description | Timestamp |: each row a decision, its words from the Description column;
        // | Action Item | Description |: each row an action. Under a heading of a kind, a table of that kind.
        private void ReadItemsTable(Markdig.Extensions.Tables.Table table)
        {
            var rows = table.OfType<Markdig.Extensions.Tables.TableRow>().ToList();
            if (rows.Count < 2 || !rows[0].IsHeader) return;
            var headers = rows[0].OfType<Markdig.Extensions.Tables.TableCell>().Select(c => MinuteItems.Unmarked(note.Raw(c).Trim().Trim('|').Trim()).ToLowerInvariant()).ToList();
            var kind = headers.Any(h => DecisionsColumn().IsMatch(h)) ? MinuteItems.Kind.Decisions
                : headers.Any(h => ActionsColumn().IsMatch(h)) ? MinuteItems.Kind.Actions
                : _underHeading;
            if (kind == MinuteItems.Kind.None) return;
            var text = headers.FindIndex(h => h is "description" or "decision" or "details" or "summary" or "outcome" or "action");
            if (text < 0) return;
            // | Action | Owner | Due |: who owes each row, named in a column of its own.
            var ownerColumn = headers.FindIndex(h => OwnerColumn().IsMatch(h));
            (int Decisions, int Actions)? previous = null;
            foreach (var row in rows.Skip(1))
            {
                var cells = row.OfType<Markdig.Extensions.Tables.TableCell>().Select(c => note.Raw(c).Trim().Trim('|').Trim()).ToList();
                // "| Sync EIP-4844 definitions | . |": nothing was recorded.
                if (text >= cells.Count || MinuteItems.Unmarked(cells[text]) is not { } words || !words.Any(char.IsLetterOrDigit)) continue;
                // "|148.1 | we agreed to include the following EIPs:" then "|| EIP-3651: Warm COINBASE": a row with no
                // number of its own, under a numbered one, continues it.
                if (text > 0 && cells[0].Length == 0 && previous is { } last && ContinueRow(last, words)) continue;
                previous = (_decisions.Count, _actions.Count);
                var number = text > 0 ? ItemsTableRows.NumberCell(cells[0]) : null;
                // | Topic | Decision |: "Istanbul Block Number | 9,069,000" is one decision, its topic first.
                var cell = cells[text];
                if (text > 0 && number is null && cells[0].Length > 0 && !DecisionsColumn().IsMatch(headers[0]) && !ActionsColumn().IsMatch(headers[0]))
                    (words, cell) = (MinuteItems.Unmarked(cells[0]) + ": " + words, MinuteItems.Unmarked(cells[0]) + ": " + cell);
                var item = kind == MinuteItems.Kind.Actions ? MinuteItems.ReadListed(words, MinuteItems.Kind.Actions) with { Cue = MinutesCue.Table, Number = number }
                    // A "Decision" column says what was decided; a "Description" column may only summarise the talk.
                    : ItemsTableRows.ReadDecisionsRow(cell, headers[text] is "decision" or "outcome") with { Number = number };
                if (item.Kind == MinuteItems.Kind.Actions && ownerColumn >= 0 && ownerColumn < cells.Count && MinuteItems.OwnersIn(cells[ownerColumn]) is { Count: > 0 } owners)
                    item = item with { Owners = owners };
                if (item.Kind == MinuteItems.Kind.Decisions)
                    _decisions.Add(new ParsedDecision(item.Text, note.FileLine(row), item.Cue, number));
                else if (item.Kind == MinuteItems.Kind.Actions)
                    _actions.Add(new ParsedAction(item.Text, item.Owners, note.FileLine(row), item.Checked, item.OwnersRequired, item.Cue, item.Number));
            }
        }

        // Appends a continuation row to the item the numbered row above it gave, if it gave one.
        private bool ContinueRow((int Decisions, int Actions) before, string words)
        {
            if (_decisions.Count == before.Decisions + 1)
                _decisions[^1] = _decisions[^1] with { Text = _decisions[^1].Text.TrimEnd() + " " + words };
            else if (_actions.Count == before.Actions + 1)
                _actions[^1] = _actions[^1] with { Text = _actions[^1].Text.TrimEnd() + " " + words };
            return true;
        }

        private static bool Labelled(string text) => MinuteItems.IsMarked(text)
            || SpeakerLabels.Read(text) is { Success: true } said && !MinuteItems.IsMarkerWord(said.Groups["label"].Value) && (said.Groups["colon"].Success || said.Groups["time"].Success);

        private IEnumerable<ParagraphBlock> Paragraphs(Block block)
        {
            // Tables inside lists are data (rosters, performance logs), not minutes.
            if (rosters.Contains(block) || block is Markdig.Extensions.Tables.Table) yield break;
            if (block is ParagraphBlock paragraph) yield return paragraph;
            else if (block is ContainerBlock container)
                foreach (var child in container)
                    foreach (var inner in Paragraphs(child))
                        yield return inner;
        }
    }

    /// <summary>
    /// A decision or action listed in the summary and again where it was discussed is one item, the first: the same
    /// words, or the same number in mostly the same words ("57.2: Review HF1 bonus features PR 2192" and "Action item
    /// 57.2: Feed back on HF1 bonus features PR 2192"). One number on two different items is the note's slip, not one
    /// item ("Decision 63.2: EIP-1702 accepted", "Decision 63.2: Shifting time of the meeting"). Compared within a
    /// number only: linear in the items.
    /// </summary>
    private static List<T> OncePerItem<T>(List<T> items, Func<T, string?> number, Func<T, string> text)
    {
        var seenText = new HashSet<string>(StringComparer.Ordinal);
        var byNumber = new Dictionary<string, List<HashSet<string>>>(StringComparer.Ordinal);
        var kept = new List<T>();
        foreach (var item in items)
        {
            var comparable = ComparableText.Of(text(item));
            var words = Words(comparable);
            if (!seenText.Add(comparable)) continue;
            if (number(item) is { } n)
            {
                if (!byNumber.TryGetValue(n, out var same)) byNumber[n] = same = [];
                if (same.Any(other => MostlyShared(words, other))) continue;
                same.Add(words);
            }
            kept.Add(item);
        }
        return kept;
    }

    private static HashSet<string> Words(string comparable) =>
        comparable.Split([' ', '[', ']', '(', ')', ',', '.', ':'], StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith("http", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

    private static bool MostlyShared(HashSet<string> a, HashSet<string> b) =>
        a.Count > 0 && b.Count > 0 && a.Count(b.Contains) * 2 >= Math.Min(a.Count, b.Count);

    private static string InlineTextOf(HeadingBlock heading) =>
        heading.Inline is null ? "" : string.Concat(heading.Inline.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()));

    private static int LastLine(ParagraphBlock paragraph)
    {
        var last = paragraph.Line;
        if (paragraph.Inline is null) return last;
        foreach (var inline in paragraph.Inline.Descendants<Markdig.Syntax.Inlines.Inline>())
            if (inline.Line > last) last = inline.Line;
        return last;
    }

    // What opens a source line before its paragraph's text: indentation, quote marks, a list item's marker.
    [GeneratedRegex(@"^\s*(?:>\s*)*(?:(?:[-*+]|[0-9]{1,9}[.)])\s+)?")]
    private static partial Regex Prefix();

    // The label of one item, as a template's field: "Action Item", "Decision", "AI".
    [GeneratedRegex(@"^(?:action(?: item)?|ai|decision|resolution|outcome|conclusion|todo|to-do)$", RegexOptions.IgnoreCase)]
    private static partial Regex SingleItemLabel();

    // "Decision Item", "Decisions", "Decision #": a column that numbers decisions.
    [GeneratedRegex(@"^decisions?(?: items?| #| no\.?| number| id)?$")]
    private static partial Regex DecisionsColumn();

    [GeneratedRegex(@"^(?:owners?|assignees?|assigned to|who|responsible|(?:action )?owner\(s\))$")]
    private static partial Regex OwnerColumn();

    // "Action Item", "Actions", "Action #": a column that numbers actions.
    [GeneratedRegex(@"^actions?(?: items?| #| no\.?| number| id)?$")]
    private static partial Regex ActionsColumn();
}
