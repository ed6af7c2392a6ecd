using System.Text.RegularExpressions;
using ArchiveSite.Markdown;

namespace ArchiveSite.Parsing;

/// <summary>
/// How minutes name who speaks: a label before the words (<c>Alex: …</c>, <c>MB - …</c>, <c>**Micah Zoltu** [5:28](…): …</c>),
/// or alone on its line above them (<c>**Danny**</c>, <c>* Tim:</c>). Only the forms: whether a label is a person is
/// the resolver's to say.
/// </summary>
internal static partial class SpeakerLabels
{
    // A label a line opens with: a name, a handle, two name words, or initials, then ":" or " - "; a transcript's
    // timestamp, linked or not, may sit between ("**Micah Zoltu** [5:28](https://youtu.be/…): okay", "Felix [_(31:53)_](…)
    // - Is", "Carol Diaz [00:01:23]: I have").
    // A capital straight after the colon is a transcript's missing space ("Stokes:Okay next up"); a time in parentheses
    // is a timestamp too ("Ben Edgington (35:36) - We decided…"). An organisation aside before the colon is dropped
    // ("Bo Chen [Globex]: I can", "Ana Lima (Acme): yes").
    [GeneratedRegex(@"^(?:\*\*|__)?(?<label>@?[\p{L}][\p{L}\p{M}\p{Nd}.'’_-]{0,38}?(?: [\p{Lu}][\p{L}\p{M}.'’-]{0,30})?)(?:\*\*|__)?(?<aside>\s+[\[(][\p{Lu}@][^\[\]()]{0,39}[\])](?!\())?(?:\s*(?<time>\[[_*(]*[0-9]{1,2}(?::[0-9]{2}){1,2}[_*)]*\]\([^)\s]*\)|\([0-9]{1,2}(?::[0-9]{2}){1,2}\)|\[[0-9]{1,2}(?::[0-9]{2}){1,2}\])\s*(?:(?<colon>:)|[-–—])|\s*(?:(?<colon>:)|\s[-–—]|(?<=\p{Lu})-))(?:\*\*|__)?(?:\s+|(?<=:)(?=\p{Lu}))(?<text>\S.*)$")]
    private static partial Regex Speaker();

    // An emphasised label of up to four words in any case, then a colon or a timestamp: "**EF Berlin Office** [6:58](…):",
    // "**Lion dapplion**[8:48](…): I am", "**Ana de Lima:** yes", "**Ana Lima (Google):** yes" (an organisation aside
    // dropped). A handle in the aside is who it is: "**Alex (axic)**:" is axic, whichever Alex the call has (the group
    // label captures twice; its last capture is the one read); in brackets inside the emphasis too ("**[Cy Dube]**: the
    // branch is cut"). Without the colon or timestamp it is emphasis, not a label.
    [GeneratedRegex(@"^(?<b>\*\*|__)(?<bracket>\[)?(?<label>@?[\p{L}][\p{L}\p{M}\p{Nd}.'’_-]{0,30}?(?: [\p{L}\p{M}\p{Nd}.'’_-]{1,30}){0,3})(?(bracket)\])(?:\s*\((?:(?<label>[\p{Ll}\p{Nd}][\p{Ll}\p{Nd}_-]{1,38})(?=\))|[^()]{1,40})\))?\s*(?<colon>:)?\s*\k<b>\s*(?:(?<time>\[[_*(]*[0-9]{1,2}(?::[0-9]{2}){1,2}[_*)]*\]\([^)\s]*\))\s*)?(?:(?<colon>:)\s*|[-–—]\s+)?(?<text>\S.*)$")]
    private static partial Regex EmphasisedSpeaker();

    // "[00:02:10] Alice: …", "00:03:15 Carol - …", "(12:04) Bo: …": a transcript's time before the label.
    [GeneratedRegex(@"^[\[(]?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[\])]?\s+(?=\S)")]
    private static partial Regex LeadingTime();

    [GeneratedRegex(@"^[\[(]?[_*]*[0-9]{1,2}(?::[0-9]{2}){1,2}[_*]*[\])]?(?:\([^)\s]*\))?\s*$")]
    private static partial Regex TimeAlone();

    /// <summary>Whether a line opens with the time a chat log or transcript stamps each message with.</summary>
    public static bool StartsWithTime(string text) => LeadingTime().IsMatch(text);

    // A question and its answer, each with who asked or answered in parentheses: "Q (Bo Chen): Will 1.x get fixes?",
    // "A (Ana Lima): Yes". The name is the label; "Q" and "A" name no one.
    [GeneratedRegex(@"^(?:\*\*|__)?(?:[QA]|[Qq]uestion|[Aa]nswer)\s*\((?<label>\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2}|@?[\p{Ll}\p{Nd}][\p{Ll}\p{Nd}_-]{1,38})\)(?:\*\*|__)?\s*(?<colon>:)(?:\*\*|__)?\s+(?<text>\S.*)$")]
    private static partial Regex QuestionOrAnswer();

    // A chat log's nick in angle brackets ("<ana> we need two more reviewers", as IRC logs and scribes' minutes write
    // it): a strong label (the empty colon group says so), never an HTML element's name ("<b> bold").
    [GeneratedRegex(@"^<(?<label>@?[\p{L}][\p{L}\p{M}\p{Nd}._|-]{0,30})>(?<colon>)\s+(?<text>\S.*)$")]
    private static partial Regex Nick();

    // A video call's chat, saved with the notes: "00:12:03 From Ana Lima to Everyone: hello", "From Rai (rai@example.org)
    // to Everyone: (11:01 AM)" over the message, "00:15:10 From Di Ekwe : +1" (the older form). The sender is the label
    // (a strong one, as a nick's), whatever it is written as: the line is never its words. Only with what marks a chat:
    // the time, or a message to everyone, the hosts or one person directly ("From March to May: we plan…" is prose).
    [GeneratedRegex(@"^From\s+(?<label>[^:\s(][^:\n]{0,60}?)(?:\s*\([^()\n]{0,60}\))?(?:\s+to\s+(?<to>[^:\n]{1,60}?)(?<direct>\s*\((?:direct\s+message|privately)\))?\s*(?<colon>:)|\s+(?<colon>:))\s*(?<at>\(?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*(?:[AP]\.?M\.?)?\)?(?:\s+|$))?(?<text>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ChatMessage();

    [GeneratedRegex(@"^(?:everyone|all|all\s+panelists|me|hosts?|hosts?\s+and\s+panelists|waiting\s+room)$", RegexOptions.IgnoreCase)]
    private static partial Regex ChatRecipients();

    /// <summary>A chat message (<see cref="ChatMessage"/>) in the line, after the time if one leads; an unsuccessful match if none.</summary>
    private static Match Chat(string text)
    {
        var time = LeadingTime().Match(text);
        var chat = ChatMessage().Match(time.Success ? text[time.Length..] : text);
        if (!chat.Success) return chat;
        var marked = time.Success || chat.Groups["direct"].Success || chat.Groups["at"].Success && chat.Groups["to"].Success
            || ChatRecipients().IsMatch(chat.Groups["to"].Value.Trim());
        return marked ? chat : Match.Empty;
    }

    /// <summary>A speaker's label at the start of a line, in the plain or the emphasised form, after the time if one leads.</summary>
    public static Match Read(string text)
    {
        // "From Ana Lima to Everyone: 03:11 PM" over the message: the turn opens (ReadAlone); the time is no words of hers,
        // and a message of no words ("**") says nothing either.
        if (Chat(text) is { Success: true } chat) return SaysNothing(chat) ? Match.Empty : chat;
        if (LeadingTime().Match(text) is { Success: true } time) text = text[time.Length..];
        if (QuestionOrAnswer().Match(text) is { Success: true } asked) return asked;
        if (Nick().Match(text) is { Success: true } nick && PlaceholderTags.NamesNoElement(nick.Groups["label"].Value)) return nick;
        var said = Speaker().Match(text);
        // "Dmitrii (Harmony): [00:28:15]": a label and the time alone open a turn (ReadAlone); they say nothing.
        if (said.Success && TimeAlone().IsMatch(said.Groups["text"].Value)) return Match.Empty;
        if (said.Success) return said;
        var emphasised = EmphasisedSpeaker().Match(text);
        return emphasised.Success && (emphasised.Groups["colon"].Success || emphasised.Groups["time"].Success) ? emphasised : said;
    }

    // A label alone on its line, its words on the lines below: "**Danny**", "**Tim Beiko:**", "* Tomasz Stanczak:",
    // "Tim:", "**Micah** [5:28](https://youtu.be/…)". Bold or a colon (or a timestamp) tells it from a line of prose.
    [GeneratedRegex(@"^(?:(?<b>\*\*|__)(?<label>@?[\p{L}][\p{L}\p{M}\p{Nd}.'’_-]{0,30}?(?: [\p{L}\p{M}\p{Nd}.'’_-]{1,30}){0,3})\s*:?\s*\k<b>\s*:?|(?<label>@?[\p{L}][\p{L}\p{M}\p{Nd}.'’_-]{0,38}?(?: [\p{Lu}][\p{L}\p{M}.'’-]{0,30}){0,2})(?:\s+\([\p{Lu}@][^()]{0,39}\))?\s*:)(?:\s*(?<time>\[[_*(]*[0-9]{1,2}(?::[0-9]{2}){1,2}[_*)]*\](?:\([^)\s]*\))?)\s*:?)?$")]
    private static partial Regex Alone();

    /// <summary>Whether a label's words are only a link (<c>**GitHub Issue**: https://…</c>, <c>Slides: [deck](…)</c>): a field, not speech.</summary>
    public static bool IsOnlyALink(string text) => OnlyALink().IsMatch(text);

    [GeneratedRegex(@"^(?:\*\*|__)?(?:<?https?://\S+?>?|\[[^\]]*\]\([^)\s]*\))(?:\*\*|__)?\s*$")]
    private static partial Regex OnlyALink();

    /// <summary>
    /// A list item that opens with a name and a comma (<c>* Tobie, double checking with the standards group</c>), some
    /// minutes' way of saying who spoke. Weaker than a colon: the words start in lower case, so a roster line
    /// (<c>Christoph, Trinity</c>, <c>Dan Stough, Product Owner at…</c>, <c>He, James</c>) and a list of names
    /// (<c>Ana, Bo: review</c>, <c>Piper, Martin agree</c>) are none; not a question or an address (<c>Danny, do you
    /// want…</c>, <c>Tim, thanks</c>); and the resolver keeps it only when the name is one of the call's people.
    /// </summary>
    public static Match ReadWithComma(string text) =>
        text.TrimEnd().EndsWith('?') ? Match.Empty : WithComma().Match(text);

    [GeneratedRegex(@"^(?:\*\*|__)?(?<label>\p{Lu}[\p{L}\p{M}'’-]{1,30}(?: \p{Lu}[\p{L}\p{M}'’-]{1,30})?)(?:\*\*|__)?,\s+(?!(?i:you|your|do|does|can|could|would|will|are|is|did|any|anything|what|how|why|when|where|who|I|we|thanks|thank|please|if|so|and|but|or|as|it|this|that|yes|no|ok|okay|sure|right|welcome|hi|hello)\b)(?<text>\p{Ll}.*)$")]
    private static partial Regex WithComma();

    // A name that opens a turn on a line of its own: one to three capitalised words ("Ana Lima", "Hsiao-Wei Wang").
    private const string TurnName = @"\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2}";

    /// <summary>
    /// A list item that is only a name, over the nested list of what they said (<c>* Protolambda</c>,
    /// <c>* Olivier (Pegasys)</c>): one to three capitalised words, an organisation in parentheses aside; or a name
    /// and the video's timestamp (<c>* Justin Drake - [_(25:43)_](…)</c>, group <c>time</c>), which says it is a
    /// speaker's heading even when no roster lists them.
    /// </summary>
    public static Match ReadNameAlone(string text) => NameAlone().Match(text);

    [GeneratedRegex(@"^(?:\*\*|__)?(?<label>" + TurnName + @")(?:\*\*|__)?(?:\s+\([^()]{1,40}\))?(?:\s*[-–—]?\s*(?<time>\[[_*(]*[0-9]{1,2}(?::[0-9]{2}){1,2}[_*)]*\]\([^)\s]*\)))?\s*$")]
    private static partial Regex NameAlone();

    /// <summary>
    /// A label alone on its line, whose words follow on the lines below; or a name and the time alone, as transcription
    /// tools export a turn (<c>Ana Lima  0:03</c>, <c>[Ana Lima] 00:01:10</c>: group <c>stamp</c>), which says less
    /// (<c>Lunch 12:00</c> has the same form), so only one of the call's people speaks by it.
    /// </summary>
    public static Match ReadAlone(string text) =>
        Alone().Match(text) is { Success: true } alone ? alone
        : Chat(text) is { Success: true } chat && SaysNothing(chat) ? chat
        : StampedNameAlone().Match(text);

    private static bool SaysNothing(Match chat) => !chat.Groups["text"].Value.Any(char.IsLetterOrDigit);

    [GeneratedRegex(@"^(?:\[(?<label>" + TurnName + @")\]|(?<label>" + TurnName + @"))\s+(?<stamp>[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)\s*$")]
    private static partial Regex StampedNameAlone();

    /// <summary>A handle as transcripts write it (<c>lightclient</c>, <c>@potuz</c>), not a lower-case word minutes use as a label.</summary>
    public static bool LooksLikeHandle(string label) =>
        HandleLike().IsMatch(label) && !NamesNoOne(label);

    [GeneratedRegex(@"^@?[a-z][a-z0-9-]{2,38}$")]
    private static partial Regex HandleLike();

    /// <summary>
    /// A label for voices other than one person's (<c>Everyone</c>, <c>Unknown</c>, <c>Multiple Participants</c>,
    /// <c>Lightclient in chat</c>): what follows it is not the last speaker's.
    /// </summary>
    public static bool IsOtherVoices(string label) => OtherVoices().IsMatch(label.Trim().TrimEnd(':').Trim());

    [GeneratedRegex(@"^(?:everyone|everybody|all|others|group|audience|crowd|unknown(?:\s+speaker)?|unidentified(?:\s+speaker)?|somebody|someone|(?:multiple|several|many|other)\s+(?:participants|speakers|people|voices)|participants|attendees|.{1,40}\s+in\s+(?:the\s+)?chat)$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherVoices();

    /// <summary>A label no person carries: a section's or an item's word (<c>Refs</c>, <c>Next steps</c>, <c>Client Updates</c>).</summary>
    public static bool NamesNoOne(string label) =>
        NotAName().IsMatch(label.TrimStart('@')) || label.Split(' ').Any(w => NotANameWord().IsMatch(w));

    /// <summary>
    /// Whether a label reads as a person's name: one to three capitalised words, none of them a word names do not
    /// have (<c>Next Release</c>, <c>Client Updates</c>, <c>This week highlights</c>), and not a word minutes put
    /// where a speaker goes (<c>Summary</c>, <c>Everyone</c>).
    /// </summary>
    public static bool LooksLikeName(string label) => SpeakerName().IsMatch(label) && !NamesNoOne(label);

    // One to three capitalised words of letters: "Artem", "Alexey A", "Micah Zoltu", "Marius Van Der" (not "v1.2", not "TODO list").
    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*\.?){0,2}$")]
    private static partial Regex SpeakerName();

    // Words minutes put where a speaker's name goes: the room, a role, a section's label, and the small words that
    // open lines of reasoning or replies ("If: … Else: …", "Re: …", "So: …").
    [GeneratedRegex(@"^(?:if|else|then|re|fwd|so|and|but|or|yes|no|ok|okay|also|edit|todo|fyi|ps|nb|btw|aside|however|otherwise|therefore|now|later|today|here|there|all|everyone|everybody|group|team|others|attendees|participants|unknown|somebody|someone|speaker|moderator|chair|host|facilitator|presenter|note|notes|status|summary|update|updates|question|questions|answer|topic|agenda|discussion|proposal|comment|comments|background|context|goal|goals|result|results|example|issue|issues|problem|solution|conclusion|consensus|outcome|pros|cons|link|links|next|recap|intro|introduction|chat|overview|details|ref|refs|reference|references|feedback|poll|vote|votes|clarification|correction|decision|decisions|action|actions|plan|timeline|bottlenecks?|working groups?)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAName();

    // A word no name has, which labels of sections and items do: "Next Release", "Client Updates", "Merge Call", "GitHub Issue".
    [GeneratedRegex(@"^(?:next|last|previous|release|releases|call|calls|meeting|meetings|update|updates|notes|agenda|topic|topics|item|items|action|actions|decision|decisions|summary|status|demo|team|teams|project|projects|group|session|discussion|review|proposal|open|other|general|new|old|client|clients|testing|tests?|spec|specs|merge|fork|network|devnet|testnet|mainnet|roadmap|planning|retro|retrospective|announcements?|questions?|break|wrap|closing|opening|welcome|recap|misc|miscellaneous|business|report|reports|chat|zoom|recording|video|links?|github|issue|issues|calendar|slides|repo|repository|livestream|youtube|hackmd|participants|multiple|several|audience|unidentified)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotANameWord();
}
