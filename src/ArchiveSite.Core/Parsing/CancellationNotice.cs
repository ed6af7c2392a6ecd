using System.Text.RegularExpressions;

namespace ArchiveSite.Parsing;

/// <summary>
/// Recognises text saying this call did not happen ("Cancelled for lack of attendees", "No topic, call
/// cancelled", "No community call!", "The meeting did not take place", "We did not meet this week", "Meeting
/// postponed") while ignoring plans about other calls ("cancel next week's call").
/// </summary>
public static partial class CancellationNotice
{
    [GeneratedRegex(@"^\W*(?:the\s+)?(?:call\s+)?cancell?ed\b|\b(?:call|meeting)\s+(?:is\s+|was\s+|has\s+been\s+)?(?:cancell?ed|skipped|postponed)\b|\b(?:call|meeting)\s+(?:did\s+not|didn't)\s+(?:take\s+place|happen)\b|\bwe\s+(?:did\s+not|didn't)\s+meet\b|\bcancell?ed\s+(?:for|because|due|\()|^\W*no\s+(?:community\s+)?(?:call|meeting)s?\b|\bholiday\s+break\b", RegexOptions.IgnoreCase)]
    private static partial Regex Notice();

    // Words that move the notice to another call or make it a proposal or a guess ("may be cancelled").
    [GeneratedRegex(@"\b(?:next|will|vote|propos\w*|usually|if|may|might|could|maybe)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherCall();

    public static bool Says(string text) => Notice().IsMatch(text) && !OtherCall().IsMatch(text);

    /// <summary>
    /// What a call's date heading adds to say it did not happen: as <see cref="Says"/>, or a word alone that in the
    /// notes' text would be an item's ("## 2024-03-19 (skipped)", "— postponed"; not "- skipped this week").
    /// </summary>
    public static bool SaysInHeading(string rest) => Says(rest) || HeadingWord().IsMatch(rest);

    [GeneratedRegex(@"^\W*(?:skipped|postponed|not\s+held|no\s+quorum)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingWord();
}
