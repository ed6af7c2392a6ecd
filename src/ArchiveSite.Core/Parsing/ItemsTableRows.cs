using System.Text.RegularExpressions;
using ArchiveSite.Model;
using static ArchiveSite.Parsing.MinuteItems;

namespace ArchiveSite.Parsing;

/// <summary>
/// What one row of a decisions table records. Notes keep such tables in three ways: a list of outcomes
/// ("EIP-2464 to `Last Call`"); outcomes and tasks mixed under "Decisions Made / Action items" ("Danny to work on
/// minor spec update", "Clarify PR for Engine API…", "Created an issue on Github…"); or the call's written summary,
/// a paragraph a topic ("**Mega EOF** EOF is a bundle of code changes…"). So a row is a decision, an action or
/// neither by its own words, never by the table's heading alone.
/// </summary>
internal static partial class ItemsTableRows
{
    /// <summary>A row of a decisions table: a decision, a task, or <see cref="Item.Nothing"/>.</summary>
    /// <param name="words">The row's words (a <c>Topic | Decision</c> row's topic first: "Topic: decision").</param>
    /// <param name="saysDecision">Its column is headed Decision or Outcome: a row states one unless it says none was taken.</param>
    public static Item ReadDecisionsRow(string words, bool saysDecision)
    {
        var plain = Unmarked(words);
        // "Completed last week. James to reach out…": the state of an earlier call's item, not a new one.
        if (StatusReport().IsMatch(plain)) return Item.Nothing;
        // "Ansgar to propose time for breakout session": owned when the resolver finds each owner among the call's
        // people ("We will move 1153 to CFI" stays a decision: "we" is no owner).
        if (ReadAssignment(words) is { Kind: Kind.Actions } assigned) return assigned with { Cue = MinutesCue.Table };
        var topic = BoldTopic().Match(words);
        var body = Unmarked(topic.Success ? words[topic.Length..] : words);
        // "Revised EIP for 3403 to be created by Martin ahead of next ACD call": the same, in the passive.
        if (PassiveTask().Match(body) is { Success: true } passive)
            return new Item(Kind.Actions, plain, MinutesCue.Table, [passive.Groups["owner"].Value], OwnersRequired: true);
        // "Clarify PR for Engine API around the canonical vs. non-canonical chain": work to do, no one named.
        if (Task().IsMatch(body)) return new Item(Kind.Actions, plain, MinutesCue.Table, []);
        if (Undecided().IsMatch(body) || Reported().IsMatch(body) || Wish().IsMatch(body)) return Item.Nothing;
        if (saysDecision) return Decision(plain);
        var sentences = Sentences(body);
        // A written summary (three sentences or more, over fifty words) decides only in the sentence that says the call
        // did ("Developers agreed to redo the cost analysis…", "EIP 7702 is accepted into the Pectra upgrade"), the rest
        // being who said what; that sentence is the decision, under the row's topic. "Gary Schulte agreed that…" is one
        // person's view, "During previous calls, developers agreed…" an older decision told again.
        if (sentences.Count >= 3 && body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 50)
            return sentences.FirstOrDefault(s => SummaryDecided().IsMatch(s) && TakenNow(s)) is { } decided
                ? Decision(topic.Success ? Unmarked(topic.Value).TrimEnd(':', ' ') + ": " + decided : decided)
                : LaterAssignment(sentences);
        // "2315 has some outstanding specification issues which will be resolved by Tuesday": work with a deadline.
        if (!Decided().IsMatch(body) && Deadline().IsMatch(body)) return new Item(Kind.Actions, plain, MinutesCue.Table, []);
        if (RecordsOutcome(topic.Success, body)) return Decision(plain);
        // "Tim on if we want to target… Tim will create a FEM thread to continue the naming discussion": a task given
        // in a later sentence of pasted speech.
        return LaterAssignment(sentences);
    }

    /// <summary>An item's number as a table's first column gives it (<c>**60.1**</c>, <c>125.1</c>), else null.</summary>
    public static string? NumberCell(string cell) => CellNumber().Match(Unmarked(cell)) is { Success: true } m ? m.Groups["n"].Value : null;

    private static Item Decision(string text) => new(Kind.Decisions, text, MinutesCue.Table, []);

    // Kept only when its owners are people of the call: a name in a later sentence is weaker than one opening the row.
    private static Item LaterAssignment(List<string> sentences) =>
        sentences.Skip(1).Select(s => (Sentence: s, Owners: Assignment(s))).FirstOrDefault(x => x.Owners is not null) is { Owners: { } owners } later
            ? new Item(Kind.Actions, later.Sentence, MinutesCue.Sentence, owners, OwnersRequired: true)
            : Item.Nothing;

    private static List<string> Sentences(string text)
    {
        var starts = SummarySentenceStart().Matches(text).Select(m => m.Index).Prepend(0).Append(text.Length).ToList();
        return starts.Zip(starts.Skip(1), (from, to) => text[from..to].Trim()).Where(s => s.Length > 0).ToList();
    }

    /// <summary>
    /// Whether a short row records an outcome rather than reports the discussion. A row that opens with a topic in
    /// bold is a decision only when it says one was taken (agreed, decided, consensus, confirmed, accepted…) or states
    /// a short outcome ("**Difficulty bomb** pushed back to 10.7 million"); any other row unless it only reports
    /// (shared, discussed, raised, is working on…) or is a bare title ("Further prioritisation", "Client Updates").
    /// </summary>
    private static bool RecordsOutcome(bool boldTopic, string body)
    {
        var words = body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // "**Difficulty bomb** pushed back to 10.7 million", "**Shanghai Updates** Shanghai Scheduled for April 12".
        if (boldTopic) return Decided().IsMatch(body) || words <= 20 && Outcome().IsMatch(body) && !Reports().IsMatch(body);
        // A turn of the transcript pasted into the table ("I think it's pretty clear from the EL teams…") decides
        // only in so many words.
        if (IsSpeech(body)) return Decided().IsMatch(body);
        if (words <= 3 && !Decided().IsMatch(body)) return false;
        return Decided().IsMatch(body) || Outcome().IsMatch(body) || !Reports().IsMatch(body);
    }

    // A written summary's next sentence: after a word of two letters or digits or more, or a number ("…to the Engine
    // API. Most developers…", "…on EIP 7702. Developers…", "…for Devnet 5. Beiko…"; not "J. Smith"), or after a full
    // stop a space short ("…on the matter.Beiko…").
    [GeneratedRegex(@"(?<=(?:[\p{L}\p{Nd}]{2}|\s\p{Nd})[)\]”’""*_]?[.!?])\s+(?=[@\p{Lu}“""])|(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})")]
    private static partial Regex SummarySentenceStart();

    // A summary's sentence that records the call's outcome: the developers as a body deciding, or a proposal's fate
    // in the present or future tense.
    [GeneratedRegex(@"\b(?:developers|devs|client teams|teams|everyone|everybody|participants|attendees|we|the group|maintainers|members)\b(?:\s+[^\s.]+){0,3}?\s+(?:(?:\w+ly|all|both)\s+)?(?:agreed|decided|reached (?:a |rough |broad |general )?consensus|(?:re)?confirmed|settled on|resolved|(?:are|were|was) (?:\w+ly )?in (?:agreement|favou?r))\b|\b(?:is|are|will be) (?:\w+ly )?(?:accepted|approved|included|adopted|replaced|removed|delayed|postponed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryDecided();

    // "… to be created by Martin", "… to be drafted by Ana Lima": a task and its owner, in the passive (not "will be
    // replaced by EIP 7840").
    [GeneratedRegex(@"\bto be (?:\w+ed|written|drawn up) by (?<owner>\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?: \p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)?)\b")]
    private static partial Regex PassiveTask();

    // Work promised by a date: "will be resolved by Tuesday", "is going to have the pre-compiles listed … by early next
    // week", "Client team to have a prototype of 4488 in next two weeks".
    [GeneratedRegex(@"\b(?:will be \w+ed|(?:is|are) going to|to be \w+ed)\b.{0,120}?\bby (?:early |late |the end of )?(?:next|this|mon|tues|wednes|thurs|fri|the next (?:call|meeting))|^(?:\S+ ){1,2}to have\b.{0,120}?\b(?:in|within) (?:the )?next (?:\w+ )?(?:weeks?|days?)", RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();

    // "**Dencun Testing** …", "**EIP 7702:** …": a row's topic in bold before its text.
    [GeneratedRegex(@"^\s*(?:\*\*|__)[^*_]{1,100}?(?:\*\*|__)\s*:?\s*(?=\S)")]
    private static partial Regex BoldTopic();

    // An imperative that gives work: "Clarify PR…", "Submit PR for authentication…", "Put together metaspec…". Not
    // one that states the outcome ("Keep EIP 2481 as it is", "Take July off", "Move 2315 to Berlin"): those decide.
    [GeneratedRegex(@"^(?:start (?:discussing|working on|looking (?:at|into))|clarify|submit|review|discuss|investigate|look (?:into|at)|follow[- ]up|reach out|share|write|draft|prepare|create|open (?:a|an|the)|file|post (?:a|an|the)|publish|put together|work on|figure out|coordinate|check|benchmark|implement|research|explore|document|collect|gather|organi[sz]e|set up|send|ask|contact|analy[sz]e|circulate|get (?:feedback|input))\s", RegexOptions.IgnoreCase)]
    private static partial Regex Task();

    // A row that reports what was done, in the past, or what is under way: "Created an issue on Github to discuss
    // decisions on testnets", "3238 Being re-written this week".
    [GeneratedRegex(@"^(?:created|opened|shared|discussed|presented|posted|published|released|reviewed|talked|looked|went|gave|raised|mentioned|announced|reported|explained|asked|noted|started|began|found|worked)\b|^(?:\S+\s+){0,2}(?:is |are )?being (?!(?:included|added|removed|accepted|moved|delayed|scheduled|deferred|postponed)\b)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Reported();

    // A wish or a need, not an outcome: "It would be good to get feedback from…", "Re: json rpc spec, we need reviews…".
    [GeneratedRegex(@"^(?:re:[^,]{1,60},\s*)?(?:it would be (?:good|nice|great|helpful)|we need|we(?:'d|’d| would) like|would be (?:good|nice|great))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Wish();

    // Words that say a decision was taken ("consensus", not "the consensus layer").
    [GeneratedRegex(@"\b(?:agree[ds]?|agreement|decided?|decisions?|(?<!network |in )consensus(?! (?:layer|clients?|specs?|issues?|bugs?|failures?|changes?|rules?|mechanisms?|nodes?|protocols?|engines?|code|logic))|confirm(?:ed|s)?|reconfirmed|approved?|accepted|adopted|chosen|settled|in favou?r|no objections?|ok(?:ay)? to|will (?:not )?be (?:included|removed|delayed|scheduled|launched|moved)|won't be included)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Decided();

    // Words of an outcome stated plainly: "2537 is out of Berlin", "Take July off", "moved to Last Call", "14 July set as target".
    [GeneratedRegex(@"\b(?:will|to be|is set|are set|set (?:to|for|as)|scheduled|move[sd]? (?:to|into|forward)|moving to|include[sd]?|remove[sd]?|delay(?:ed)?|postpone[sd]?|defer(?:red)?|target(?:ed|ing)?|launch(?:ed|es)?|go(?:es)? ahead|withdrawn|cancel(?:l?ed)?|keep|leave(?! (?:a )?comments?)|out of|final(?:i[sz]ed)?|take|continue|stays?|added|pushed back to|(?:is|are) the same)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Outcome();

    // Words of a report: what someone said or is doing, not what the call settled.
    [GeneratedRegex(@"\b(?:shared|mentioned|discussed|raised|asked|noted|presented|reminded|explained|gave|said|highlighted|announced|reported|pointed out|pushed back on|proposed|recommended|encouraged|(?:is|are) (?:working|ready|in the process)|(?:has|have) merged|ran into|need(?:s)? to|leave a comment)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reports();

    // A table cell that is only a number: "**60.1**", "125.1", "#12".
    [GeneratedRegex(@"^#?(?<n>[0-9]{1,4}(?:\.[0-9]{1,4})*)$")]
    private static partial Regex CellNumber();
}
