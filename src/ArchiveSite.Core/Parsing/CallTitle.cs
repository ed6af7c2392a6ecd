using System.Text.RegularExpressions;
using ArchiveSite.Text;

namespace ArchiveSite.Parsing;

/// <summary>
/// A note's title as the call's name: without the date it often carries ("Falco Office hours - Meeting
/// 6th June 2019" → "Falco Office hours"), since every page shows the call's date beside its title.
/// </summary>
public static partial class CallTitle
{
    public static string? WithoutDate(string? title)
    {
        if (title is null) return null;
        var name = DateInTitle().Replace(title, " ");
        // Only a title's last words can have led to its date, so only they are looked at (a title of many "on"s costs
        // no square of them).
        if (name != title)
        {
            // "TSC Meeting 2024-01-08 (Monday)": the weekday written beside the date goes with it.
            name = WeekdayAside().Replace(name, " ");
            var trimmed = name.TrimEnd();
            var tail = trimmed.Length <= 60 ? 0 : trimmed.IndexOf(' ', trimmed.Length - 60) is var space and >= 0 ? space : trimmed.Length;
            name = trimmed[..tail] + TrailingConnector().Replace(trimmed[tail..], "");
        }
        // "Execution Layer Meeting 188 [2024-05-23]": the brackets the date stood in go with it.
        name = EmptyBrackets().Replace(name, " ");
        name = TrailingMeeting().Replace(name, "");
        // "Minutes of the TSC meeting held on 3 December 2024": the group is the name (when a name follows: not "Minutes
        // of the 42nd meeting of …").
        if (LeadingMinutes().Replace(name, "") is var named && named.TrimStart() is [var first, ..] && char.IsUpper(first)) name = named;
        name = Spaces().Replace(name, " ").Trim(' ', '-', '–', '—', ':', ',');
        // "Meeting Date/Time: May 25, 2023" leaves the label of a date: no name.
        return name.Length == 0 || DateLabel().IsMatch(name) ? null : name;
    }

    /// <summary>
    /// A heading that gives the call's particulars, not its name: "Meeting Date/Time: Thursday 2022/3/10 at 14:00
    /// GMT", "Meeting Duration: 30 minutes", "Moderator: Tim Beiko".
    /// </summary>
    public static bool IsMetadataLine(string heading) => MetadataLine().IsMatch(heading);

    /// <summary>
    /// The name a note with no heading gives its call in its opening line, as documents exported from a word processor
    /// do: a line in bold (<c>**Steering Council meeting**</c>), or one that carries the date (<c>Steering Council
    /// meeting, January 15, 2024</c>) or stands over a line that is the date alone. Null for a label (<c>Attendees: …</c>),
    /// a sentence, or a line too long to be a name.
    /// </summary>
    /// <param name="firstLine">The opening paragraph's first line as written (emphasis marks included).</param>
    /// <param name="plainFirstLine">The same line as text.</param>
    /// <param name="plainSecondLine">The paragraph's second line as text, if it has one.</param>
    public static string? FromOpeningLine(string firstLine, string plainFirstLine, string? plainSecondLine)
    {
        var line = plainFirstLine.Trim();
        if (line.Length is < 3 or > 100 || line.EndsWith(':') || line.EndsWith('.') || line.EndsWith('?')
            || IsMetadataLine(line) || LabelLine.TryRead(line, out _, out _) || LabelLine.TryRead(firstLine, out _, out _)
            || !line.Any(char.IsLetter)) return null;
        var bold = BoldLine().IsMatch(firstLine.Trim());
        var dated = DateText.TryFind(line, out _) || plainSecondLine is { } second && DateText.TryFind(second, out _) && DateAlone().IsMatch(second.Trim());
        return bold || dated ? line : null;
    }

    [GeneratedRegex(@"^(?:\*\*|__)[^*_].*(?:\*\*|__)$")]
    private static partial Regex BoldLine();

    // "January 29, 2024", "Monday, 2024-01-29": a date, a weekday and punctuation, nothing else.
    [GeneratedRegex(@"^[\p{L}]{0,9}[,.]?\s*(?:[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?,?\s+[0-9]{4}|\p{L}{3,9}\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+[0-9]{4})$")]
    private static partial Regex DateAlone();

    /// <summary>Whether a heading names a call by its number: "Execution Layer Meeting 162", "Call #81".</summary>
    public static bool NamesACall(string heading) => NumberedCall().IsMatch(heading);

    [GeneratedRegex(@"\b(?:meeting|call)\s*#?[0-9]+\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedCall();

    /// <summary>The words after a call's date in its heading, when they name something ("Day 2"), not a time ("14:00 UTC").</summary>
    /// <remarks>Nor when they only say the call did not happen ("(cancelled)", "No community call!"): the page says that.</remarks>
    public static string Subtitle(string rest) =>
        TimeWords().Replace(rest, "").Trim(' ', '-', '–', '—', ':', ',', '(', ')').Length == 0 || rest.Length <= 40 && CancellationNotice.SaysInHeading(rest) ? "" : rest;

    [GeneratedRegex(@"^(?:(?:meeting|call)\s+)?(?:date|time|date\s*/\s*time|date\s+and\s+time|when)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"[\[(]\s*[\])]")]
    private static partial Regex EmptyBrackets();

    // "Monday", "Mon", "Tues", "Wednesday", "Thurs", "Saturday".
    private const string Weekday = @"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?";

    [GeneratedRegex(@"[\[(]\s*" + Weekday + @"\.?\s*[\])]", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayAside();

    [GeneratedRegex(@"^\W*(?:(?:meeting|call)\s+)?(?:date|time|date\s*/\s*time|date\s+and\s+time|when|duration|moderator|moderated by|facilitator|chair|host|notes|note ?taker|scribe|location|where|zoom|youtube|stream|recording|video|audio|livestream)\b[^:\n]{0,20}:", RegexOptions.IgnoreCase)]
    private static partial Regex MetadataLine();

    // "14:00 UTC", "at 14:00-15:30 GMT (10:00 ET)", "Thursday": a time of day, its zone, a weekday.
    [GeneratedRegex(@"\b(?:at|from|to)\b|\b[0-9]{1,2}(?::[0-9]{2})?\s*(?:-|–|to)?\s*(?:[0-9]{1,2}(?::[0-9]{2})?)?\s*(?:UTC|GMT|CET|CEST|ET|EST|EDT|PT|PST|PDT|[AP]M)?\b|\b(?:UTC|GMT|CET|CEST|ET|EST|EDT|PT|PST|PDT)\b|\b" + Weekday + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeWords();

    // 2019-06-06, 2020-Jan-28, 6th June 2019, June 6th, 2019, 08th Jan 2020, 4th Sept 2019, 03/05/2024, 05.03.2024,
    // 2024-03-05T16:00Z, the 10th of March, 2024, 5-Mar-2024, 2024 March 9; a month and day alone (the March 5th video call).
    [GeneratedRegex(@"\b[0-9]{4}[-/.](?:[0-9]{1,2}|[A-Za-z]{3})[-/.][0-9]{1,2}(?:T[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?\b|\b[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{4}\b|\b(?:the\s+)?[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,9}\.?,?\s+[0-9]{4}\b|\b[0-9]{1,2}-[A-Za-z]{3,9}-[0-9]{4}\b|\b(?:19|20)[0-9]{2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?\b|\b[A-Za-z]{3,9}\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+[0-9]{4}\b|\b(?:" + DateText.MonthNames + @")\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?\b(?![:.]?[0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex DateInTitle();

    // "TSC Meeting", "Docs WG: Meeting Notes", "Steering Committee - Minutes": what follows the name says only "a meeting".
    [GeneratedRegex(@"[\s\-–—:,|]*\b(?:meeting(?:\s+of)?|(?:meeting\s+)?(?:notes|minutes))[\s\-–—:,|]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingMeeting();

    [GeneratedRegex(@"^\W*(?:the\s+)?(?:(?:meeting\s+)?(?:minutes|notes)|agenda\s+and\s+(?:minutes|notes))\s+(?:of|for|from)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingMinutes();

    // What led to a date now gone: "…, held on", "… for", "… dated", "… of", "… - Tuesday".
    [GeneratedRegex(@"(?:[\s\-–—:,]*\b(?:(?:held\s+)?on|held|for|of|dated|from|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)[.,]))+[\s\-–—:,]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingConnector();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
