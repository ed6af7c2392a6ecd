using System.Text.RegularExpressions;

namespace ArchiveSite.Parsing;

/// <summary>
/// Recognises text saying this call did not happen ("Cancelled for lack of attendees", "No topic, call
/// cancelled", "No community call!", "The meeting did not take place", "We did not meet this week", "Meeting
/// postponed", "Skipped - no agenda items", "There was no call this week", "Call rescheduled to 2024-02-10") while ignoring
/// plans about other calls ("cancel next week's call").
/// </summary>
public static partial class CancellationNotice
{
    [GeneratedRegex(@"^\W*(?:the\s+)?(?:call\s+)?cancell?ed\b|\b(?:call|meeting)\s+(?:is\s+|was\s+|has\s+been\s+)?(?:cancell?ed|skipped|postponed)\b|\b(?:call|meeting)\s+(?:did\s+not|didn't)\s+(?:take\s+place|happen)\b|\bwe\s+(?:did\s+not|didn't)\s+meet\b|\bcancell?ed\s+(?:for|because|due|\()|^\W*no\s+(?:community\s+)?(?:call|meeting)s?\b|\bholiday\s+break\b|^\W*skipped\s*[-–—:(]|\bwe\s+skipped\s+(?:this\s+week'?s\s+|today'?s\s+|the\s+)?(?:call|meeting)\b|\bthere\s+(?:was|is)\s+no\s+(?:call|meeting)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Notice();

    // This call as a sentence's subject: "The meeting has been", "Today's call was", "Meeting is".
    private const string ThisCall = @"(?:the\s+|this\s+(?:week'?s\s+)?|today'?s\s+)?(?:call|meeting)\s+(?:has\s+been\s+|was\s+|is\s+)?";

    // "The meeting has been moved to next week", "Call rescheduled to 2024-02-10": not held on this date, wherever it
    // went. The call must be the subject: "Moved to next core devs meeting" is an agenda item's, "Moved to EFI" an EIP's.
    [GeneratedRegex(@"^\W*" + ThisCall + @"(?:moved|rescheduled|postponed)\s+(?:to|until|by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Moved();

    // Words that move the notice to another call or make it a proposal or a guess ("may be cancelled").
    [GeneratedRegex(@"\b(?:next|will|vote|propos\w*|usually|if|may|might|could|maybe)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherCall();

    /// <summary>
    /// Whether the text says this call did not happen. A text that opens with the notice, the call its subject ("Meeting
    /// cancelled due to KubeCon; see you next week"), is this call's whatever its later clauses say of others; elsewhere
    /// a word of another call anywhere in the text sets the notice aside ("Standards meeting cancelled today; Dec 1 will be ...").
    /// </summary>
    public static bool Says(string text) =>
        Notice().IsMatch(text) && (!OtherCall().IsMatch(text) || OpeningClause(text) is { } clause && !OtherCall().IsMatch(clause))
        || Moved().IsMatch(text);

    // The clause an opening notice starts, to the first separator (";", ".", "!", ",", a dash between spaces); null
    // when the text does not open with one, or when that clause is a question ("Call cancelled?").
    private static string? OpeningClause(string text)
    {
        if (OpeningNotice().Match(text) is not { Success: true } opening) return null;
        var end = ClauseEnd().Match(text, opening.Length) is { Success: true } after ? after.Index : text.Length;
        return end < text.Length && text[end] == '?' ? null : text[..end];
    }

    // "Meeting cancelled", "The call was cancelled", "Today's meeting is cancelled", "Cancelled": nothing before but the call.
    [GeneratedRegex(@"^\W*(?:" + ThisCall + @")?cancell?ed\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningNotice();

    [GeneratedRegex(@"[;.!?,]|\s[-–—]\s")]
    private static partial Regex ClauseEnd();

    /// <summary>
    /// What a call's date heading adds to say it did not happen: as <see cref="Says"/>, or a word alone that in the
    /// notes' text would be an item's ("## 2024-03-19 (skipped)", "— postponed"; not "- skipped this week").
    /// </summary>
    public static bool SaysInHeading(string rest) => Says(rest) || HeadingWord().IsMatch(rest);

    [GeneratedRegex(@"^\W*(?:skipped|postponed|not\s+held|no\s+quorum)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingWord();
}
