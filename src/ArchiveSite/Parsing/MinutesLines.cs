using System.Text.RegularExpressions;
using Markdig.Syntax;

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
public sealed record ParsedStatement(string Label, string Text, int Line, bool Strong = false, bool Opens = true);

/// <summary>A decision as written (<c>Decision: …</c>, <c>Agreed to close the issue.</c>, <c>the group agreed to…</c>).</summary>
public sealed record ParsedDecision(string Text, int Line);

/// <summary>
/// An action item as written: after a marker (<c>AI:</c>, <c>Action item:</c>, <c>TODO:</c>), a task box
/// (<c>- [ ] …</c>, <c>Checked</c> when ticked), or a sentence that opens with who will do it
/// (<c>Matteo to open an issue</c>, <c>@leogr will…</c>: <c>OwnersRequired</c>, kept only when they resolve).
/// </summary>
public sealed record ParsedAction(string Text, IReadOnlyList<string> OwnerLabels, int Line, bool Checked, bool OwnersRequired = false);

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

    private enum ListKind { None, Decisions, Actions }

    public static Result Read(NoteContext note, IReadOnlyList<Block> section, ISet<Block> rosters)
    {
        var statements = new List<ParsedStatement>();
        var decisions = new List<ParsedDecision>();
        var actions = new List<ParsedAction>();
        var underHeading = ListKind.None;
        var headingLevel = 0;
        var nextList = ListKind.None;
        // The label of a line that stands alone ("**Danny**", "* Tim:"): the lines below it are theirs until the next
        // label or heading.
        string? speaking = null;
        var turnOpen = false;
        foreach (var block in section)
        {
            if (block is HeadingBlock heading)
            {
                speaking = null;
                var kind = KindOfTitle(InlineTextOf(heading));
                if (kind != ListKind.None || heading.Level <= headingLevel || underHeading == ListKind.None)
                    (underHeading, headingLevel) = (kind, kind == ListKind.None ? 0 : heading.Level);
                nextList = ListKind.None;
                continue;
            }
            if (rosters.Contains(block)) continue;
            var listKind = block is ListBlock ? (nextList != ListKind.None ? nextList : underHeading) : ListKind.None;
            nextList = ListKind.None;
            foreach (var paragraph in Paragraphs(block, rosters))
            {
                var item = listKind != ListKind.None && paragraph.Parent is ListItemBlock { Parent: ListBlock list } && list == block
                    && paragraph.Parent.FirstOrDefault() == paragraph;
                // Markdig lets go of a paragraph's lines once it has read its inlines: read them from the note, up
                // to the line of its last inline (a list item paragraph's span can reach over its nested lists).
                var last = Math.Min(LastLine(paragraph), note.Lines.Length - 1);
                for (var i = 0; paragraph.Line + i <= last; i++)
                {
                    var text = Prefix().Replace(note.Lines[paragraph.Line + i], "").Trim();
                    if (text.Length == 0) continue;
                    var line = note.FileLine(paragraph.Line + i);
                    if (i == 0 && paragraph.Line == last && paragraph.Parent is MarkdownDocument or null && KindOfTitle(text) is var labelled and not ListKind.None)
                    {
                        nextList = labelled; // "**Action items:**" alone: the list below holds them
                        continue;
                    }
                    if (LabelAlone().Match(text) is { Success: true } alone && !IsMarkerWord(alone.Groups["label"].Value))
                    {
                        speaking = alone.Groups["label"].Value.TrimStart('@');
                        turnOpen = true;
                        continue;
                    }
                    var said = statements.Count;
                    if (speaking is not null && !Labelled(text))
                    {
                        statements.Add(new ParsedStatement(speaking, Unmarked(text), line, Strong: true, Opens: turnOpen));
                        turnOpen = false;
                        continue;
                    }
                    Classify(text, line, item && i == 0 ? listKind : ListKind.None, statements, decisions, actions);
                    if (statements.Count > said) speaking = null;
                }
            }
        }
        return statements.Count + decisions.Count + actions.Count == 0 ? Result.None : new Result(statements, decisions, actions);
    }

    private static void Classify(string text, int line, ListKind listKind, List<ParsedStatement> statements, List<ParsedDecision> decisions, List<ParsedAction> actions)
    {
        if (TaskBox().Match(text) is { Success: true } task)
        {
            var rest = task.Groups["text"].Value.Trim();
            // - [ ] "Title of an issue" [#70120](…): an agenda's checklist of items to go through, not work to do.
            if (QuotedTitle().IsMatch(rest)) return;
            // - [ ] TODO, - [ ] ..., - [ ] (empty): a template's placeholder, not work anyone was given.
            if (rest.Length == 0 || NoAction().IsMatch(rest) || Placeholder().IsMatch(rest)) return;
            actions.Add(new ParsedAction(rest, Owners(rest), line, task.Groups["c"].Value != " "));
            return;
        }
        if (ActionMarker().Match(text) is { Success: true } marked)
        {
            var rest = Unmarked(marked.Groups["text"].Value);
            if (rest.Length > 0 && !NoAction().IsMatch(rest)) actions.Add(new ParsedAction(rest, Owners(rest), line, false));
            return;
        }
        if (DecisionMarker().Match(text) is { Success: true } decided)
        {
            var rest = decided.Groups["colon"].Success ? Unmarked(decided.Groups["text"].Value) : Unmarked(text);
            // "Conclusion on naming:" introduces what follows; it decides nothing itself.
            if (rest.Length > 0 && !rest.EndsWith(':') && !Undecided().IsMatch(rest)) decisions.Add(new ParsedDecision(rest, line));
            return;
        }
        // An item that introduces the ones nested under it ("consensus from folks in the meeting:").
        if (listKind != ListKind.None && Introduces().IsMatch(text)) return;
        if (listKind == ListKind.Actions)
        {
            var plain = Unmarked(text);
            if (!NoAction().IsMatch(plain)) actions.Add(new ParsedAction(plain, Owners(plain), line, false));
            return;
        }
        if (listKind == ListKind.Decisions)
        {
            // A question in a decisions list asks; it does not decide.
            if (!Undecided().IsMatch(text) && !text.EndsWith('?')) decisions.Add(new ParsedDecision(Unmarked(text), line));
            return;
        }
        // "Lorenzo Fontana - Falco maintainer" introduces someone; a dash opens a statement only after one word (MB - …).
        if (SpeakerLabel(text) is { Success: true } said && said.Groups["label"].Value is var label && !IsMarkerWord(label)
            && (said.Groups["colon"].Success || !label.Contains(' ', StringComparison.Ordinal)))
        {
            var rest = Unmarked(said.Groups["text"].Value);
            statements.Add(new ParsedStatement(label.TrimStart('@'), rest, line, said.Groups["time"].Success || text.StartsWith("**", StringComparison.Ordinal) || text.StartsWith("__", StringComparison.Ordinal)));
            if (GroupDecided().IsMatch(rest) && !Undecided().IsMatch(rest)) decisions.Add(new ParsedDecision(rest, line));
            if (OwnerSentence().Match(rest) is { Success: true } inner)
                actions.Add(new ParsedAction(rest, SplitOwners(inner.Groups["owners"].Value), line, false, OwnersRequired: true));
            return;
        }
        var plainText = Unmarked(text);
        if (GroupDecided().IsMatch(plainText) && !Undecided().IsMatch(plainText))
        {
            decisions.Add(new ParsedDecision(plainText, line));
            return;
        }
        if (OwnerSentence().Match(plainText) is { Success: true } owned)
            actions.Add(new ParsedAction(plainText, SplitOwners(owned.Groups["owners"].Value), line, false, OwnersRequired: true));
    }

    /// <summary>Who an action names as doing it: <c>JB to…</c>, <c>MD &amp; MB to…</c>, <c>[leogr] finish…</c>, or the @handles in it.</summary>
    private static IReadOnlyList<string> Owners(string text)
    {
        if (Tag().Match(text) is { Success: true } tag) return SplitOwners(tag.Groups["owners"].Value);
        if (OwnerSentence().Match(text) is { Success: true } sentence) return SplitOwners(sentence.Groups["owners"].Value);
        return Handle().Matches(text).Select(m => m.Groups["h"].Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static List<string> SplitOwners(string owners) =>
        OwnerSeparator().Split(owners).Select(o => o.Trim().TrimStart('@')).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static ListKind KindOfTitle(string text)
    {
        var title = Unmarked(text).TrimEnd(':', ' ').Trim();
        if (DecisionTitle().IsMatch(title)) return ListKind.Decisions;
        if (ActionTitle().IsMatch(title)) return ListKind.Actions;
        return ListKind.None;
    }

    // A line the reader gives its own meaning: a task box, an action or decision marker, a speaker's label.
    private static bool Labelled(string text) =>
        TaskBox().IsMatch(text) || ActionMarker().IsMatch(text) || DecisionMarker().Match(text) is { Success: true, Groups: var g } && g["colon"].Success
        || SpeakerLabel(text) is { Success: true } said && !IsMarkerWord(said.Groups["label"].Value) && (said.Groups["colon"].Success || said.Groups["time"].Success);

    private static bool IsMarkerWord(string label) => KindOfTitle(label) != ListKind.None || ActionMarker().IsMatch(label + ": x");

    /// <summary>The text without the emphasis a note wraps around labels (<c>**Mark**:</c>, <c>**Decision:**</c>).</summary>
    /// <remarks>A trailing backslash (a Markdown line break) goes too.</remarks>
    private static string Unmarked(string text) => text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal).Trim().TrimEnd('\\').TrimEnd();

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

    private static IEnumerable<ParagraphBlock> Paragraphs(Block block, ISet<Block> rosters)
    {
        // Tables are data (rosters, performance logs), not minutes; their cells' paragraphs have no lines of their own.
        if (rosters.Contains(block) || block is Markdig.Extensions.Tables.Table) yield break;
        if (block is ParagraphBlock paragraph) yield return paragraph;
        else if (block is ContainerBlock container)
            foreach (var child in container)
                foreach (var inner in Paragraphs(child, rosters))
                    yield return inner;
    }

    // What opens a source line before its paragraph's text: indentation, quote marks, a list item's marker.
    [GeneratedRegex(@"^\s*(?:>\s*)*(?:(?:[-*+]|\d{1,9}[.)])\s+)?")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^[""“].+[""”]\s*\[")]
    private static partial Regex QuotedTitle();

    // Ends with a colon, or a link whose words do: it introduces what follows.
    [GeneratedRegex(@":(?:\*\*|__)?$|:\]\([^)]*\)$")]
    private static partial Regex Introduces();

    // "[ ] text", "[x] text": a task list item's box, as Markdig keeps it in the paragraph's source.
    [GeneratedRegex(@"^\[(?<c>[ xX])\]\s+(?<text>\S.*)$")]
    private static partial Regex TaskBox();

    // AI: / Action item: / Actions - / TODO: / Follow-up:, the label emphasised or not. "AI" only in capitals (the
    // word "ai" is not a marker); the others in any case.
    [GeneratedRegex(@"^(?:\*\*|__)?(?:AI|A\.I\.|ACTION(?: ITEMS?)?|(?i:action(?: items?)?|actions|todo|to-do|follow[- ]ups?))(?:\*\*|__)?\s*(?::|[-–—](?=\s))(?:\*\*|__)?\s*(?<text>.*)$")]
    private static partial Regex ActionMarker();

    // "No action", "None", "n/a": a marker with nothing to do.
    [GeneratedRegex(@"^(?:no (?:action|actions|further action)|none\b|n/?a\b|nothing\b|-+$)", RegexOptions.IgnoreCase)]
    private static partial Regex NoAction();

    // A template's placeholder on its own: "TODO", "TBD", "...", "<item>", "[topic]", "xxx".
    [GeneratedRegex(@"^(?:todo|tbd|tba|xxx+|\.{3}|…|<[^<>]*>|\[[^\[\]]*\]|\?+)[.:!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    // "Decision: …", "Resolved: …", "Agreed to …", "Consensus that …", "Decided last meeting to …".
    [GeneratedRegex(@"^(?:\*\*|__)?(?i:decisions?|decided|resolved|resolution|agreed|agreement|consensus|conclusion|outcome)(?:\*\*|__)?(?:\s*(?<colon>:|[-–—](?=\s))|\s+(?=(?i:to|that|we|on|in|at|last|this|upon|the|not|now|from|with|for)\b))(?:\*\*|__)?\s*(?<text>.*)$")]
    private static partial Regex DecisionMarker();

    // "the group agreed to…", "we decided…", "it was agreed…" anywhere in a line.
    [GeneratedRegex(@"\b(?:(?:the |this )?(?:group|team|council|committee|cpc|tsc|wg|working group|meeting|maintainers|everyone|all) (?:agreed|decided|resolved|concluded)|we (?:agreed|decided|resolved)|it was (?:agreed|decided|resolved)|(?:consensus|agreement) (?:was|is) (?:reached|to|that))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GroupDecided();

    // What reads like a decision but records none: "decision … pushed to next week", "there remains disagreement".
    [GeneratedRegex(@"\b(?:disagree\w*|no (?:consensus|agreement|decision)|(?:pushed|postponed|deferred) (?:to|until)|not (?:yet )?(?:agreed|decided))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Undecided();

    [GeneratedRegex(@"^(?:decisions?|resolutions?|outcomes?|agreed|agreements|conclusions?)(?: made| taken| reached)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionTitle();

    [GeneratedRegex(@"^(?:action items?|actions?|ais|next steps|todos?|to-dos?|follow[- ]ups?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ActionTitle();

    // A label a line opens with: a name, a handle, two name words, or initials, then ":" or " - "; a transcript's
    // timestamp link may sit between ("**Micah Zoltu** [5:28](https://youtu.be/…): okay", "Felix [_(31:53)_](…) - Is").
    // A capital straight after the colon is a transcript's missing space ("Stokes:Okay next up").
    [GeneratedRegex(@"^(?:\*\*|__)?(?<label>@?[\p{L}][\p{L}\p{M}\p{Nd}.'’_-]{0,38}?(?: [\p{Lu}][\p{L}\p{M}.'’-]{0,30})?)(?:\*\*|__)?(?:\s*(?<time>\[[_*(]*\d{1,2}(?::\d{2}){1,2}[_*)]*\]\([^)\s]*\))\s*(?:(?<colon>:)|[-–—])|\s*(?:(?<colon>:)|\s[-–—]|(?<=\p{Lu})-))(?:\*\*|__)?(?:\s+|(?<=:)(?=\p{Lu}))(?<text>\S.*)$")]
    private static partial Regex Speaker();

    // An emphasised label of up to four words in any case, then a colon or a timestamp: "**EF Berlin Office** [6:58](…):",
    // "**Lion dapplion**[8:48](…): I am", "**Ana de Lima:** yes". Without the colon or timestamp it is emphasis, not a label.
    [GeneratedRegex(@"^(?<b>\*\*|__)(?<label>@?[\p{L}][\p{L}\p{M}\p{Nd}.'’_-]{0,30}?(?: [\p{L}\p{M}\p{Nd}.'’_-]{1,30}){0,3})\s*(?<colon>:)?\s*\k<b>\s*(?:(?<time>\[[_*(]*\d{1,2}(?::\d{2}){1,2}[_*)]*\]\([^)\s]*\))\s*)?(?:(?<colon>:)\s*|[-–—]\s+)?(?<text>\S.*)$")]
    private static partial Regex EmphasisedSpeaker();

    /// <summary>A speaker's label at the start of a line, in the plain or the emphasised form.</summary>
    private static Match SpeakerLabel(string text)
    {
        var said = Speaker().Match(text);
        if (said.Success) return said;
        var emphasised = EmphasisedSpeaker().Match(text);
        return emphasised.Success && (emphasised.Groups["colon"].Success || emphasised.Groups["time"].Success) ? emphasised : said;
    }

    // A label alone on its line, its words on the lines below: "**Danny**", "**Tim Beiko:**", "* Tomasz Stanczak:",
    // "Tim:", "**Micah** [5:28](https://youtu.be/…)". Bold or a colon (or a timestamp) tells it from a line of prose.
    [GeneratedRegex(@"^(?:(?<b>\*\*|__)(?<label>@?[\p{L}][\p{L}\p{M}\p{Nd}.'’_-]{0,30}?(?: [\p{L}\p{M}\p{Nd}.'’_-]{1,30}){0,3})\s*:?\s*\k<b>\s*:?|(?<label>@?[\p{L}][\p{L}\p{M}\p{Nd}.'’_-]{0,38}?(?: [\p{Lu}][\p{L}\p{M}.'’-]{0,30}){0,2})\s*:)(?:\s*(?<time>\[[_*(]*\d{1,2}(?::\d{2}){1,2}[_*)]*\]\([^)\s]*\))\s*:?)?$")]
    private static partial Regex LabelAlone();

    // "Matteo to open…", "MD & MB to follow up", "nibz/nova will look", "@leogr will…": owners, then to/will and a verb.
    [GeneratedRegex(@"^(?<owners>@?[\p{L}][\p{L}\p{M}\p{Nd}.'’_-]*(?:\s*(?:,|&|/|\band\b)\s*@?[\p{L}][\p{L}\p{M}\p{Nd}.'’_-]*)*)\s+(?:to|will)\s+(?!be\b)[a-z]{2,}")]
    private static partial Regex OwnerSentence();

    [GeneratedRegex(@"^\[(?<owners>[^\]\s][^\]]{0,60})\]")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s*(?:,|&|/|\band\b)\s*")]
    private static partial Regex OwnerSeparator();

    // @handle, not @org/team (a team is no one's action).
    [GeneratedRegex(@"(?<![\w/])@(?<h>[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(?![\w/-])")]
    private static partial Regex Handle();
}
