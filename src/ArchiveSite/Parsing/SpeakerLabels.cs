using System.Text.RegularExpressions;

namespace ArchiveSite.Parsing;

/// <summary>
/// How minutes name who speaks: a label before the words (<c>Alex: …</c>, <c>MB - …</c>, <c>**Micah Zoltu** [5:28](…): …</c>),
/// or alone on its line above them (<c>**Danny**</c>, <c>* Tim:</c>). Only the forms: whether a label is a person is
/// the resolver's to say.
/// </summary>
internal static partial class SpeakerLabels
{
    // A label a line opens with: a name, a handle, two name words, or initials, then ":" or " - "; a transcript's
    // timestamp link may sit between ("**Micah Zoltu** [5:28](https://youtu.be/…): okay", "Felix [_(31:53)_](…) - Is").
    // A capital straight after the colon is a transcript's missing space ("Stokes:Okay next up"); a time in parentheses
    // is a timestamp too ("Ben Edgington (35:36) - We decided…").
    [GeneratedRegex(@"^(?:\*\*|__)?(?<label>@?[\p{L}][\p{L}\p{M}\p{Nd}.'’_-]{0,38}?(?: [\p{Lu}][\p{L}\p{M}.'’-]{0,30})?)(?:\*\*|__)?(?:\s*(?<time>\[[_*(]*\d{1,2}(?::\d{2}){1,2}[_*)]*\]\([^)\s]*\)|\(\d{1,2}(?::\d{2}){1,2}\))\s*(?:(?<colon>:)|[-–—])|\s*(?:(?<colon>:)|\s[-–—]|(?<=\p{Lu})-))(?:\*\*|__)?(?:\s+|(?<=:)(?=\p{Lu}))(?<text>\S.*)$")]
    private static partial Regex Speaker();

    // An emphasised label of up to four words in any case, then a colon or a timestamp: "**EF Berlin Office** [6:58](…):",
    // "**Lion dapplion**[8:48](…): I am", "**Ana de Lima:** yes". Without the colon or timestamp it is emphasis, not a label.
    [GeneratedRegex(@"^(?<b>\*\*|__)(?<label>@?[\p{L}][\p{L}\p{M}\p{Nd}.'’_-]{0,30}?(?: [\p{L}\p{M}\p{Nd}.'’_-]{1,30}){0,3})\s*(?<colon>:)?\s*\k<b>\s*(?:(?<time>\[[_*(]*\d{1,2}(?::\d{2}){1,2}[_*)]*\]\([^)\s]*\))\s*)?(?:(?<colon>:)\s*|[-–—]\s+)?(?<text>\S.*)$")]
    private static partial Regex EmphasisedSpeaker();

    /// <summary>A speaker's label at the start of a line, in the plain or the emphasised form.</summary>
    public static Match Read(string text)
    {
        var said = Speaker().Match(text);
        if (said.Success) return said;
        var emphasised = EmphasisedSpeaker().Match(text);
        return emphasised.Success && (emphasised.Groups["colon"].Success || emphasised.Groups["time"].Success) ? emphasised : said;
    }

    // A label alone on its line, its words on the lines below: "**Danny**", "**Tim Beiko:**", "* Tomasz Stanczak:",
    // "Tim:", "**Micah** [5:28](https://youtu.be/…)". Bold or a colon (or a timestamp) tells it from a line of prose.
    [GeneratedRegex(@"^(?:(?<b>\*\*|__)(?<label>@?[\p{L}][\p{L}\p{M}\p{Nd}.'’_-]{0,30}?(?: [\p{L}\p{M}\p{Nd}.'’_-]{1,30}){0,3})\s*:?\s*\k<b>\s*:?|(?<label>@?[\p{L}][\p{L}\p{M}\p{Nd}.'’_-]{0,38}?(?: [\p{Lu}][\p{L}\p{M}.'’-]{0,30}){0,2})\s*:)(?:\s*(?<time>\[[_*(]*\d{1,2}(?::\d{2}){1,2}[_*)]*\]\([^)\s]*\))\s*:?)?$")]
    private static partial Regex Alone();

    /// <summary>A label alone on its line, whose words follow on the lines below.</summary>
    public static Match ReadAlone(string text) => Alone().Match(text);
}
