using System.Text.RegularExpressions;
using ArchiveSite.Model;
using ArchiveSite.Text;

namespace ArchiveSite.Parsing;

/// <summary>
/// Whether one line of minutes records a decision or an action item, and why: a label (<c>Decision:</c>,
/// <c>**ACTION 62.2:**</c>, <c>TODO:</c>), a tag or box (<c>[DECIDED]</c>, <c>- [ ] …</c>), a sentence that says so
/// (<c>the group agreed …</c>, <c>Ana to open an issue</c>), or the heading it sits under. What is only speech, a
/// question, a mention of a past decision, a placeholder or a role is none: an item read from a weak cue is left out.
/// </summary>
internal static partial class MinuteItems
{
    public enum Kind { None, Decisions, Actions }

    /// <summary>A decision or action read from a line (<see cref="Kind.None"/> when the line is neither).</summary>
    /// <param name="Number">The number the note gives it (<c>57.1</c> in <c>**Action item 57.1:**</c>): the same number twice is one item.</param>
    /// <param name="Speaker">
    /// Set when the marker may be a speaker's initials instead (<c>AI: I think…</c> where the roster gives someone the
    /// initials AI): the resolver reads the line as what they said when they are one of the call's people.
    /// </param>
    /// <param name="DecisionUnlessOwned">
    /// An item of a decisions list that gives work (<c>AL to update the spec text</c>): an action when its owners are
    /// people of the call, else the decision it is listed as (<c>Clients to merge ProgPoW</c>).
    /// </param>
    public readonly record struct Item(Kind Kind, string Text, MinutesCue Cue, IReadOnlyList<string> Owners, bool Checked = false, bool OwnersRequired = false, string? Number = null, string? Speaker = null, bool DecisionUnlessOwned = false)
    {
        public static readonly Item Nothing = new(Kind.None, "", MinutesCue.Label, []);
    }

    /// <summary>What a heading or a label alone on its line introduces (<c>## Decisions</c>, <c>**Action items:**</c>).</summary>
    public static Kind OfTitle(string text)
    {
        var title = DecorativeSymbols.StripLeading(Unmarked(text)).TrimEnd(':', ' ').Trim();
        if (DecisionTitle().IsMatch(title)) return Kind.Decisions;
        if (ActionTitle().IsMatch(title)) return Kind.Actions;
        return Kind.None;
    }

    /// <summary>
    /// What a heading introduces: as <see cref="OfTitle"/>, and <c>## Next steps</c> too, which as a heading of the call
    /// lists what is owed (a label <c>**Next steps:**</c> inside someone's update lists that team's own plans).
    /// </summary>
    public static Kind OfHeading(string text) =>
        OfTitle(text) is var kind and not Kind.None ? kind
        : NextSteps().IsMatch(DecorativeSymbols.StripLeading(Unmarked(text)).TrimEnd(':', ' ').Trim()) ? Kind.Actions : Kind.None;

    [GeneratedRegex(@"^(?:next steps|next actions)$", RegexOptions.IgnoreCase)]
    private static partial Regex NextSteps();

    /// <summary>A line with a marker of its own: a task box, an action or decision label or tag.</summary>
    public static bool IsMarked(string text) =>
        TaskBox().IsMatch(text) || ActionMarker().IsMatch(text) || DecidedTag().IsMatch(text)
        || DecisionMarker().Match(text) is { Success: true, Groups: var g } && g["colon"].Success;

    /// <summary>
    /// Whether a line is a decision or an action by a label of its own (<c>Decision: …</c>, <c>Consensus: …</c>,
    /// <c>AI (Pia): …</c>, <c>TODO(Nia): …</c>, <c>[agreed] …</c>): what came of a topic, never a topic itself. Not a task
    /// box, which an agenda's checklist uses for its topics.
    /// </summary>
    public static bool IsLabelledOutcome(string text)
    {
        text = DecorativeSymbols.StripLeading(text);
        return !TaskBox().IsMatch(text) && IsMarked(text) && ReadFree(text).Kind != Kind.None;
    }

    /// <summary>Whether a speaker's label is a marker word instead ("Decision", "Action items", "TODO").</summary>
    public static bool IsMarkerWord(string label) => OfTitle(label) != Kind.None || ActionMarker().IsMatch(label + ": x");

    /// <summary>Whether an item ends in a colon (its own, or its link text's): it introduces the items nested under it.</summary>
    public static bool IntroducesNested(string text) => Introduces().IsMatch(text);

    /// <summary>A line that is not under a heading of its kind: read by its own markers and sentence.</summary>
    public static Item ReadFree(string text)
    {
        text = DecorativeSymbols.StripLeading(text);
        if (TaskBox().Match(text) is { Success: true } task)
        {
            var rest = task.Groups["text"].Value.Trim();
            // - [ ] "Title of an issue" [#70120](…): an agenda's checklist of items to go through, not work to do.
            // - [ ] TODO, - [ ] ..., - [ ] (empty): a template's placeholder, not work anyone was given.
            if (QuotedTitle().IsMatch(rest) || rest.Length == 0 || NoAction().IsMatch(rest) || Placeholder().IsMatch(rest)) return Item.Nothing;
            return new Item(Kind.Actions, rest, MinutesCue.Tag, Owners(rest), task.Groups["c"].Value != " ");
        }
        if (ActionMarker().Match(text) is { Success: true } marked)
        {
            var rest = Unmarked(marked.Groups["text"].Value);
            // "TODO: insert slides", "TODO: copy chat": the note's own unfinished editing, not work anyone was given.
            if (rest.Length == 0 || NoAction().IsMatch(rest) || Placeholder().IsMatch(rest) || NoteEditing().IsMatch(rest)) return Item.Nothing;
            // "[ACTION] Ana: send the invite", "Action item: Ana, Bo: review": the owners before a colon.
            var number = NumberOf(marked);
            var initials = marked.Groups["ai"].Success && number is null ? "AI" : null;
            // "TODO(alice): ping the vendors", "AI(bob): update the explainer": the owners in the marker itself.
            // Not "Action (carried over): …", an aside: each owner a handle, one word, or a capitalised name.
            if (marked.Groups["owner"].Success && SplitOwners(marked.Groups["owner"].Value) is var named
                && named.All(o => !o.Contains(' ', StringComparison.Ordinal) || o.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]))))
                return new Item(Kind.Actions, rest, MinutesCue.Label, named, Number: number);
            if (OwnerPrefix().Match(rest) is { Success: true } prefixed)
                return new Item(Kind.Actions, prefixed.Groups["text"].Value.Trim(), MinutesCue.Label, SplitOwners(prefixed.Groups["owners"].Value), Number: number, Speaker: initials);
            return new Item(Kind.Actions, rest, MinutesCue.Label, Owners(rest), Number: number, Speaker: initials);
        }
        if (DecidedTag().Match(text) is { Success: true } tagged)
            return new Item(Kind.Decisions, Unmarked(tagged.Groups["text"].Value), MinutesCue.Tag, []);
        if (DecisionMarker().Match(text) is { Success: true } decided)
        {
            var rest = decided.Groups["colon"].Success ? Unmarked(decided.Groups["text"].Value) : Unmarked(text);
            // "Conclusion on naming:" introduces what follows; it decides nothing itself.
            // "Decision: Is this a valid MVP? https://…": the question put to the call, not its answer.
            if (rest.Length == 0 || rest.EndsWith(':') || Undecided().IsMatch(rest) || rest.EndsWith('?') || AsksFirst().IsMatch(rest)) return Item.Nothing;
            // "Decision from last meeting was to discuss in person": an old decision told again. "Decision: when
            // ProgPOW would happen and then… I haven't heard much dissent…": a speaker's turn that opens with the word.
            if (!decided.Groups["colon"].Success && InThePast().IsMatch(rest) || IsSpeech(rest)) return Item.Nothing;
            // "**DECISION 1:** Martin to get the new EIP out early next week", "Conclusion: Josh to revise the policy":
            // what the label calls an outcome is someone's task.
            if (Assignment(rest) is { } assigned) return new Item(Kind.Actions, rest, MinutesCue.Label, assigned, OwnersRequired: true, Number: NumberOf(decided));
            return new Item(Kind.Decisions, rest, MinutesCue.Label, [], Number: NumberOf(decided));
        }
        var plain = Unmarked(text);
        // "the group agreed to …": a record of the outcome, not a question about it or a mention of an old one.
        if ((GroupDecided().IsMatch(plain) || OkTo().IsMatch(plain)) && TakenNow(plain))
            return new Item(Kind.Decisions, plain, MinutesCue.Sentence, []);
        // A board's motion and its outcome: "MOTION: To approve the budget… Vote: passed unanimously", "The motion to adopt
        // the charter carried 5-0", "Approved: the travel policy", "Proposal to hire a contractor: rejected".
        if (MotionDecided().IsMatch(plain) && TakenNow(plain))
            return new Item(Kind.Decisions, plain, MinutesCue.Sentence, []);
        // "Joe taking as an action item.", "Ana will take this on as an AI": the subject owns the topic's action.
        if (TakenAsAction().Match(plain) is { Success: true } taken)
            return new Item(Kind.Actions, plain, MinutesCue.Sentence, SplitOwners(taken.Groups["owners"].Value), OwnersRequired: true);
        if (Assignment(plain) is { } owners)
            return new Item(Kind.Actions, plain, MinutesCue.Sentence, owners, OwnersRequired: true);
        // "Danny re-iterates the invitation. Mikhail Kalinin will announce the merge call.", "…how it would run. We
        // settled ultimately on…": a later sentence of the line may record the outcome or give the task (a task still
        // only when its owners are people of the call).
        var starts = SentenceStart().Matches(plain);
        for (var i = 0; i < starts.Count; i++)
        {
            var sentence = plain[starts[i].Index..(i + 1 < starts.Count ? starts[i + 1].Index : plain.Length)].Trim();
            // Inside a line, "we decided…" is mostly someone telling what their team did ("So we decided to launch
            // Pithos"); "It was decided…", "The CPC decided…" and "We settled on…" are the note-taker's.
            if (GroupDecided().IsMatch(sentence) && !WeDecided().IsMatch(sentence) && TakenNow(sentence))
                return new Item(Kind.Decisions, sentence, MinutesCue.Sentence, []);
            if (Assignment(sentence) is { } later)
                return new Item(Kind.Actions, sentence, MinutesCue.Sentence, later, OwnersRequired: true);
        }
        return Item.Nothing;
    }

    /// <summary>What a poll asks (<c>Poll: advance to phase 4</c>, <c>**Consensus poll**: …</c>), else null.</summary>
    public static string? PollQuestion(string text) => PollLine().Match(Unmarked(text)) is { Success: true } poll ? poll.Groups["q"].Value.Trim() : null;

    /// <summary>Whether a line says a poll passed (<c>**Poll passes.**</c>, <c>The poll carried</c>, <c>Consensus poll passes</c>).</summary>
    public static bool PollPassed(string text) => PollOutcome().IsMatch(Unmarked(text));

    [GeneratedRegex(@"^\W*(?:(?:consensus|unanimous|straw|phase)\s+)?poll\s*:\s*(?<q>\S.{0,300})$", RegexOptions.IgnoreCase)]
    private static partial Regex PollLine();

    [GeneratedRegex(@"^\W*(?:the\s+)?(?:(?:consensus|unanimous|straw)\s+)?poll\s+(?:passes|passed|carries|carried|succeeds|succeeded)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex PollOutcome();

    /// <summary>Whether a line records a motion's outcome ("MOTION: … Vote: passed", "Approved: …"): a record, not someone's words.</summary>
    public static bool IsMotion(string text) => MotionDecided().IsMatch(Unmarked(text));

    /// <summary>Whether a long text is someone's words rather than a note-taker's record ("I think…", "you know").</summary>
    public static bool IsSpeech(string text) => Spoken().IsMatch(text) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 30;

    // A decision the call took, not one it left open, asked about or told again from the past.
    internal static bool TakenNow(string sentence) => !Undecided().IsMatch(sentence) && !sentence.EndsWith('?') && !InThePast().IsMatch(sentence);

    /// <summary>A text up to the end of the sentence that runs on at <paramref name="from"/> (a wrapped sentence's last line may start another).</summary>
    public static string UpToSentenceEnd(string text, int from) =>
        SentenceStart().Matches(text).FirstOrDefault(m => m.Index >= from) is { } next ? text[..next.Index].TrimEnd() : text;

    /// <summary>A line that opens by giving someone a task (<c>Ansgar to propose a time</c>), else <see cref="Item.Nothing"/>.</summary>
    public static Item ReadAssignment(string text)
    {
        var plain = Unmarked(text);
        // "Explicit clarification on block validity: Mario will open a PR": the task after its topic.
        var afterTopic = plain.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0 and < 160 ? plain[(colon + 2)..] : null;
        return Assignment(plain) is { } owners ? new Item(Kind.Actions, plain, MinutesCue.Sentence, owners, OwnersRequired: true)
            : afterTopic is not null && Assignment(afterTopic) is { } topicOwners ? new Item(Kind.Actions, plain, MinutesCue.Sentence, topicOwners, OwnersRequired: true)
            : Item.Nothing;
    }

    /// <summary>Whether a text ends its sentence (a full stop, a question or exclamation mark, closing quotes aside).</summary>
    public static bool EndsSentence(string text) => SentenceEnd().IsMatch(text);

    // "Ana to open an issue", "Bo will review": who, when the rest is a task and not the subject of a sentence.
    internal static List<string>? Assignment(string sentence) =>
        OwnerSentence().Match(sentence) is { Success: true } owned && !NotATask().IsMatch(sentence[owned.Groups["verb"].Index..])
            && !InfinitiveSubject().IsMatch(sentence[owned.Groups["verb"].Index..])
            ? SplitOwners(owned.Groups["owners"].Value) : null;

    /// <summary>
    /// What a speaker's line commits them to, as a note-taker sums it up: <c>Mike: to socialize it in Slack</c>,
    /// <c>Sean: will investigate infra</c> (a task with no subject of its own). Speech that only starts the same way
    /// is none: <c>Jory: will there be a public session?</c>, <c>Karl: to add to that</c>, <c>Paul: will need changes</c>.
    /// </summary>
    public static Item ReadCommitment(string speech)
    {
        var plain = Unmarked(speech);
        if (Commitment().Match(plain) is not { Success: true } committed || plain.EndsWith('?') || NotATask().IsMatch(plain[committed.Groups["verb"].Index..])) return Item.Nothing;
        return new Item(Kind.Actions, plain, MinutesCue.Sentence, [], OwnersRequired: true);
    }

    /// <summary>An item of a list under a heading or label of its kind.</summary>
    public static Item ReadListed(string text, Kind kind)
    {
        var marked = ReadFree(text);
        if (marked.Kind != Kind.None && marked.Cue != MinutesCue.Sentence) return marked;
        // An item that introduces the ones nested under it ("consensus from folks in the meeting:").
        if (Introduces().IsMatch(text)) return Item.Nothing;
        var plain = Unmarked(text);
        // "99.1—For now, …": the number is the item's, not its words.
        var numbered = ItemNumber().Match(plain);
        var number = numbered.Success ? numbered.Groups["n"].Value : null;
        if (numbered.Success) plain = plain[numbered.Length..];
        if (kind == Kind.Actions)
        {
            if (NoAction().IsMatch(plain) || Placeholder().IsMatch(plain) || NotATask().IsMatch(plain) || StatusReport().IsMatch(plain) || TopicTitle().IsMatch(plain)) return Item.Nothing;
            // "Ana: create an issue", "Ana, Bo: …", "(Cy) …": under an actions heading the prefix names the owners.
            if (OwnerPrefix().Match(plain) is { Success: true } prefixed)
                return new Item(Kind.Actions, prefixed.Groups["text"].Value.Trim(), MinutesCue.Heading, SplitOwners(prefixed.Groups["owners"].Value), Number: number);
            return new Item(Kind.Actions, plain, MinutesCue.Heading, Owners(plain), Number: number);
        }
        // A question in a decisions list asks; it does not decide.
        if (Undecided().IsMatch(plain) || plain.EndsWith('?')) return Item.Nothing;
        // "- AL to update the spec text" under "### Conclusion": what the list calls an outcome is someone's task when
        // its owners are people of the call; "- Clients to merge ProgPoW" stays what the group decided.
        if (Assignment(plain) is { } assigned) return new Item(Kind.Actions, plain, MinutesCue.Heading, assigned, OwnersRequired: true, Number: number, DecisionUnlessOwned: true);
        return new Item(Kind.Decisions, plain, MinutesCue.Heading, [], Number: number);
    }

    private static string? NumberOf(Match marker) => marker.Groups["n"] is { Success: true } n ? n.Value : null;

    /// <summary>Who an action names as doing it: <c>JB to…</c>, <c>MD &amp; MB to…</c>, <c>[leogr] finish…</c>, or the @handles in it.</summary>
    private static IReadOnlyList<string> Owners(string text)
    {
        if (Tag().Match(text) is { Success: true } tag) return SplitOwners(tag.Groups["owners"].Value);
        if (OwnerSentence().Match(text) is { Success: true } sentence) return SplitOwners(sentence.Groups["owners"].Value);
        // "- [ ] Priya Raman - Send the survey", "- [ ] Jun: update the docs" (owners only when they are people of the call).
        if (OwnerPrefix().Match(text) is { Success: true } prefixed) return SplitOwners(prefixed.Groups["owners"].Value);
        return Handle().Matches(text).Select(m => m.Groups["h"].Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Who a table's owner cell names: its @handles, else its names (<c>Ana Lima, Bo</c>, <c>Cy &amp; Di</c>).</summary>
    public static IReadOnlyList<string> OwnersIn(string cell)
    {
        var handles = Handle().Matches(cell).Select(m => m.Groups["h"].Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return handles.Count > 0 ? handles : SplitOwners(Unmarked(CellAside().Replace(cell, " ")));
    }

    // "Ana Lima (Acme)": what a name carries that is not a name.
    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex CellAside();

    private static List<string> SplitOwners(string owners) =>
        OwnerSeparator().Split(owners).Select(o => o.Trim().TrimStart('@')).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The text without the emphasis a note wraps around labels (<c>**Mark**:</c>, <c>**Decision:**</c>).</summary>
    /// <remarks>A trailing backslash (a Markdown line break) goes too.</remarks>
    public static string Unmarked(string text) => text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal).Trim().TrimEnd('\\').TrimEnd();

    // "99.1—", "63.3:", "#12.4 -": a numbered item's number, in two parts at least ("2537 is out" keeps its number).
    [GeneratedRegex(@"^#?(?<n>[0-9]{1,4}(?:\.[0-9]{1,4})+)\s*(?:[-–—:|.)]\s*)?")]
    private static partial Regex ItemNumber();

    [GeneratedRegex(@"^[""“].+[""”]\s*\[")]
    private static partial Regex QuotedTitle();

    // Ends with a colon, or a link whose words do: it introduces what follows.
    [GeneratedRegex(@":(?:\*\*|__)?$|:\]\([^)]*\)$")]
    private static partial Regex Introduces();

    // "[ ] text", "[x] text": a task list item's box, as Markdig keeps it in the paragraph's source.
    [GeneratedRegex(@"^\[(?<c>[ xX])\]\s+(?<text>\S.*)$")]
    private static partial Regex TaskBox();

    // AI: / Action item: / Actions - / TODO: / Follow-up: / ACTION 62.2:, the label emphasised or not. "AI" only in
    // capitals (the word "ai" is not a marker); the others in any case. "[ACTION] Ana: …" too, and "TODO automate the
    // release" (TODO in capitals before a word in lower case).
    [GeneratedRegex(@"^(?:\*\*|__)?\[?(?:(?<ai>AI)|A\.I\.|ACTION(?: ITEMS?)?|(?i:action(?: items?)?|actions|todo|to-do|follow[- ]ups?))(?:\*\*|__)?(?:\s?\((?<owner>@?\p{L}[\p{L}\p{M}0-9.'’ _-]{0,38}(?:\s*[,/&]\s*@?\p{L}[\p{L}\p{M}0-9.'’ _-]{0,38})*)\))?(?:\s+(?<n>[0-9]{1,4}(?:\.[0-9]{1,4})*))?\]?(?:\*\*|__)?\s*(?::|[-–—](?=\s)|(?<=\])(?=\s)|(?<=\bTODO)\s(?=\p{Ll}))(?:\*\*|__)?\s*(?<text>.*)$")]
    private static partial Regex ActionMarker();

    // "No action", "None", "n/a": a marker with nothing to do.
    [GeneratedRegex(@"^(?:no (?:action|actions|further action)|none\b|n/?a\b|nothing\b|-+$)", RegexOptions.IgnoreCase)]
    private static partial Regex NoAction();

    // "Client Updates", "Altair Planning", "Spec discussion": an agenda's topic kept in an actions table, no task.
    [GeneratedRegex(@"^(?:\S+\s+){0,2}(?:updates?|planning|discussion|status|overview|recap|news|announcements?|introductions?|q&a)$", RegexOptions.IgnoreCase)]
    private static partial Regex TopicTitle();

    // "Completed last week. James to reach out…", "Ongoing. ProgPoW proposal to be decided on": the state of an earlier
    // call's item, reviewed again, not a new one.
    [GeneratedRegex(@"^(?:completed|done|ongoing|in progress|carried over|closed|no (?:update|progress))(?:\s+\w+){0,3}\s*[.:;,—–-]", RegexOptions.IgnoreCase)]
    internal static partial Regex StatusReport();

    // A template's placeholder on its own: "TODO", "TBD", "...", "<item>", "[topic]", "xxx".
    [GeneratedRegex(@"^(?:todo|tbd|tba|xxx+|\.{3}|…|<[^<>]*>|\[[^\[\]]*\]|\?+)[.:!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    // "insert slides", "copy chat", "add link to the recording": finishing the note itself.
    [GeneratedRegex(@"^(?:insert|add|copy|paste|fill(?: in)?|link|upload|attach|include|clean up|write up)\b.{0,30}?\b(?:slides?|chat|notes|recording|links?|video|transcript|summary|agenda|minutes|attendees|attendance|here|screenshots?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoteEditing();

    // "Decision: …", "Resolved: …", "**DECISION 63.3:** …", "Agreed to …", "Consensus that …", "lukewarm consensus to
    // migrate", "Settled on two coordinates" ("Decided last meeting to …" is the marker, but tells an old decision: left out).
    [GeneratedRegex(@"^(?:\*\*|__|\*|_)?(?i:decisions?|decided|resolved|resolution|agreed|agreement|(?:(?:rough|lukewarm|general|broad|clear|strong|unanimous|full)\s+)?consensus|conclusion|outcome|verdict|settled(?=\s+on\b))(?:\s+(?<n>[0-9]{1,4}(?:\.[0-9]{1,4})*))?(?:\*\*|__|\*|_)?(?:\s*(?<colon>:|[-–—](?=\s))|\s+(?=(?i:to|that|we|on|in|at|last|this|upon|the|not|now|from|with|for)\b))(?:\*\*|__|\*|_)?\s*(?<text>.*)$")]
    private static partial Regex DecisionMarker();

    // Words of speech, not of a note-taker's record: "I think", "I'll share", "you know".
    [GeneratedRegex(@"\b(?:I|I'm|I’m|I'd|I’d|I'll|I’ll|I've|I’ve|my|me|you know|basically|kind of|sort of)\b|[“”]")]
    internal static partial Regex Spoken();

    // A first sentence that is a question: "Is this a valid MVP? https://…".
    [GeneratedRegex(@"^[^.!?]*\?(?:\s|$)")]
    private static partial Regex AsksFirst();

    // "[DECIDED] …", "[Agreed] …": a tag before the line.
    [GeneratedRegex(@"^\[(?i:decided|decision|agreed|resolved|approved)\]\s*:?\s*(?<text>\S.*)$")]
    private static partial Regex DecidedTag();

    // "The group agreed to…", "We decided…", "It was agreed…", "It's softly agreed…", "Other Falco maintainers agreed!", "Client's team agreed…",
    // "Most developers on the call were in favor…":
    // the sentence a line opens with, as a note-taker records the outcome, after a short lead-in at most ("In general,
    // we decided…", "… and we decided to make it a blocker"). The same words inside a sentence are someone's speech
    // ("…this is the way we all decided was the best…").
    [GeneratedRegex(@"^\W*(?:(?:[\p{L}'’-]+\s+){0,6}[\p{L}'’-]+,\s*|\.{3}\s*|…\s*)?(?:(?:and|so)\s+)?[\[(]?(?:(?:(?:the|this|other|all|most|both)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:group|team|teams|council|committee|cpc|tsc|wg|working group|meeting|maintainers|everyone|everybody|all|devs|developers|members|participants|attendees)(?: on the call)? (?:all )?(?:agreed|decided|resolved|concluded|(?:were|was) in favou?r|(?:unanimously )?voted (?:unanimously )?(?:to|for|in favou?r))|we (?:all )?(?:[a-z]+ly )?(?:agreed|decided|resolved|settled (?:[a-z]+ly )?on)|it(?:'s|’s| is| was) (?:[a-z]+ly )?(?:agreed|decided|resolved)|(?:the )?(?:lazy )?(?:consensus|agreement) (?:(?:was|is) (?:reached|to|that)|reached))\b", RegexOptions.IgnoreCase)]
    internal static partial Regex GroupDecided();

    // "ok to land once renamed to stage-0", "OK to approve non-members for this summit": an approval in shorthand.
    [GeneratedRegex(@"^(?:(?:https?://\S+|\[[^\]]*\]\([^)]*\))\s+)?(?:it(?:'s|’s| is) )?(?:ok|okay)\s+to\s+(?:land|merge|approve|close|ship|publish|release|proceed|move forward|go ahead|accept|adopt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OkTo();

    // "we decided to keep this years ago", "what we agreed last time", "as previously agreed", "During previous calls,
    // developers agreed…", "On ACDE #182, developers agreed…": a decision told, not taken.
    [GeneratedRegex(@"\b(?:(?:years?|months?|weeks?|days?|calls?|meetings?) ago|last (?:time|week|month|year|meeting|call)|previously|in the past|back then|already (?:agreed|decided)|had (?:agreed|decided)|(?:previous|prior|earlier) (?:calls?|meetings?)|on ACD\w* #?[0-9]+|(?:agreed|decided) (?:on (?:it |this |that )?)?before)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InThePast();

    // What reads like a decision but records none: "decision … pushed to next week", "there remains disagreement",
    // "Decision to include EIP-3860 or not to be made on the next call", "Decision required around a hard fork",
    // "Shanghai Planning to be continued in the next meeting", "2046 is pending results from benchmarking", "The block
    // number decision will take place at the next call".
    [GeneratedRegex(@"\b(?:disagree\w*|no (?:consensus|agreement|decision)|(?:pushed|postponed|deferred) (?:to|until)|not (?:yet )?(?:agreed|decided)|decision (?:[\w-]+ ){0,10}?(?:to be made|required|needed|pending|will (?:be made|take place))|(?:to be|will be) decided|to be continued|(?:is|are) pending)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Undecided();

    // "Decisions", "Decisions made", "Conclusion/Resolution", "Consensus/Resolution", "Summary and conclusion".
    [GeneratedRegex(@"^(?:(?:summary|discussion)\s+(?:and|&)\s+)?(?:decisions?|resolutions?|outcomes?|agreed|agreements|conclusions?|consensus|verdicts?)(?:\s*(?:/|and|&)\s*(?:decisions?|resolutions?|outcomes?|conclusions?|consensus))?(?: made| taken| reached)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionTitle();

    [GeneratedRegex(@"^(?:action items?|actions?(?: required| needed| taken)?|action points?|ais|todos?|to-dos?|follow[- ]ups?(?: items)?|(?:things|work|tasks) (?:still )?to (?:be )?do(?:ne)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ActionTitle();

    // "Matteo to open…", "James Hancock to update…", "MD & MB to follow up", "nibz/nova will look", "@leogr will…",
    // "Leo is going to create…":
    // owners (a word, or a first and last name), then to/will and a verb. Not "PR to change hard fork to network
    // upgrade" (a pull request's title, though PR may be someone's initials), "EIP to …", "It will …", "We will try…",
    // an imperative ("Change Latest to safe head", "Continue to discuss…"), "Dencun will likely be…", a gerund ("Using
    // ReTestEth to generate reference tests").
    [GeneratedRegex(@"^(?!(?i:PRs?|EIPs?|RFCs?|MCPs?|FCPs?|CIPs?|issues?|bugs?|tests?|it|this|that|there|we|I|you|they|he|she|someone|somebody|everyone|nobody|change|move|make|set|add|remove|update|keep|leave|use|take|get|put|continue|start|stop|switch|push|merge|open|close|bump|include|exclude|rename|ask|defer|postpone|revert|ship|land|review|test|fix|document|create|delete|discuss|due|according|thanks|prior|next|how|what|when|where|why|which|whether|if|all|both|each|any|more|most|time|plan|goal|idea|decision|proposal|need|want|hard|easy|fine|ok|okay|good|better|best|nice|great|important|necessary|able|unable|free|consensus|agreement|agreed|decided|general|rough|using|having|getting|making|adding|moving|keeping|going|doing)\b)(?<owners>@?[\p{L}][\p{L}\p{M}\p{Nd}.'’_-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*)?(?:\s*(?:,|&|/|\band\b)\s*@?[\p{L}][\p{L}\p{M}\p{Nd}.'’_-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*)?)*)\s+(?:to|will|(?:is|are) going to)\s+(?>(?:(?:also|just|then|now|still|likely|probably|possibly|maybe|soon)\s+)?)(?!(?:be|not|need|have)\b)(?<verb>[a-z]{2,})")]
    private static partial Regex OwnerSentence();

    [GeneratedRegex(@"[.!?][""'”’)*_]*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\W*(?:(?:so|and)\s+)?we (?:all )?(?:[a-z]+ly )?(?:agreed|decided|resolved)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeDecided();

    // Where a sentence after the first starts: ". Mikhail will…", "Hard-fork guidelines: Martin will…" (not "e.g. Foo",
    // not after a number: "v1.2 Foo", "[6. PR to change …]").
    [GeneratedRegex(@"(?<=[\p{Ll})\]*_""”’][.!?:])\s+(?=[@\p{Lu}])")]
    internal static partial Regex SentenceStart();

    // "Sepolia ETA to upgrade is till August 21st": "X to upgrade" is the sentence's subject, not an assignment.
    [GeneratedRegex(@"^\S+(?:\s+\S+){0,1}\s+(?:is|are|was|were)\b")]
    private static partial Regex InfinitiveSubject();

    // A motion and the outcome of its vote on one line; an approval as a label ("Approved:") or unanimous; a proposal,
    // motion or resolution followed by its outcome; what a vote or consensus approved ("… was approved by Unanimous
    // Vote", "Approved by lazy consensus: …", "Vote on the logo: 4 in favor; approved"). Not "the PR was approved by two reviewers", "approved the charter
    // changes" under the board's news (another body's decision, told), nor a motion withdrawn or tabled.
    [GeneratedRegex(@"\bmotion\b.{0,300}?\b(?:passed|carried|approved|adopted|ratified)\b|^\W*(?:unanimously\s+(?:approved|adopted|ratified)\b|(?:approved|adopted|ratified)\W*:)|^\W*(?:the\s+)?(?:proposal|motion|resolution|ballot)\b[^:\n]{0,160}:\s*(?:unanimously\s+)?(?:approved|accepted|adopted|rejected|passed|carried)\b|\b(?:was|were|is|are)\s+(?:unanimously\s+)?(?:approved|adopted|passed|carried|ratified|accepted)\s+(?:by|via|with|through)\s+(?:(?:lazy|general|unanimous|a|majority)\s+)?(?:consensus|vote|acclamation)\b|^\W*(?:approved|adopted|accepted|agreed)\s+(?:by|via|with|through)\s+(?:(?:lazy|general|unanimous)\s+)?(?:consensus|vote|acclamation)\b|^\W*vote\b[^.\n]{0,200}?\b(?:approved|passed|carried|adopted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MotionDecided();

    // "Joe taking as an action item", "Ana will take this on as an AI", "MD and MB took it as an action".
    [GeneratedRegex(@"^(?<owners>@?\p{Lu}[\p{L}\p{M}\p{Nd}.'’_-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*)?(?:\s*(?:,|&|\band\b)\s*@?\p{Lu}[\p{L}\p{M}\p{Nd}.'’_-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*)?)*)\s+(?:is\s+|are\s+|will\s+)?(?:taking|takes|took|take|to take)\s+(?:(?:this|it|that)\s+)?(?:on\s+)?as (?:an? )?(?:action(?: item)?|AI)\b")]
    private static partial Regex TakenAsAction();

    // "to socialize it", "will investigate": a task with no subject, as a speaker's line sums up what they took on.
    // Not "will be", "will need", "will there", "to add to that", "will probably", "to Micah's point".
    [GeneratedRegex(@"^(?:to|will)\s+(?!(?:be|need|needs|have|there|this|that|it|probably|likely|maybe|also|just|state|say|clarify|mention|note|add to (?:that|this|what)|break what|\w+['’]s point)\b)(?<verb>[a-z]{2,})\b")]
    private static partial Regex Commitment();

    // Roles, not tasks: "to take notes", "to post a link in the chat", "to share the screen", "to MC".
    [GeneratedRegex(@"^(?:take (?:the )?notes|(?:post|drop|put|paste) (?:a |the )?links? (?:in|into|to) (?:the )?chat|share (?:the |their |his |her |my )?screen|mc\b|moderate\b|host\b|chair\b|scribe\b|present\b|speak\b|talk\b|introduce (?:themselves|himself|herself)|join\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NotATask();

    // "Ana: create an issue", "Ana, Bo: …", "Joe - squash & merge", "(Cy) review …" at the start of an item under an actions heading
    // (not "https://…", a link's scheme).
    [GeneratedRegex(@"^(?:\((?<owners>[^()]{1,60})\)|(?<owners>@?[\p{L}][\p{L}\p{M}\p{Nd}.'’_]*(?: [\p{Lu}][\p{L}\p{M}.'’-]*)?(?:\s*(?:,|&|\band\b)\s*@?[\p{L}][\p{L}\p{M}\p{Nd}.'’_]*(?: [\p{Lu}][\p{L}\p{M}.'’-]*)?)*)\s*(?::(?!//)|\s[-–—]))\s*(?<text>\S.*)$")]
    private static partial Regex OwnerPrefix();

    [GeneratedRegex(@"^\[(?<owners>[^\]\s][^\]]{0,60})\]")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s*(?:,|&|/|\band\b)\s*")]
    private static partial Regex OwnerSeparator();

    // @handle, not @org/team (a team is no one's action).
    [GeneratedRegex(@"(?<![\w/])@(?<h>[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(?![\w/-])")]
    private static partial Regex Handle();
}
