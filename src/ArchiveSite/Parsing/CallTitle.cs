using System.Text.RegularExpressions;

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
        name = TrailingMeeting().Replace(name, "");
        name = Spaces().Replace(name, " ").Trim(' ', '-', '–', '—', ':', ',');
        return name.Length == 0 ? null : name;
    }

    // 2019-06-06, 2020-Jan-28, 6th June 2019, June 6th, 2019, 08th Jan 2020, 4th Sept 2019.
    [GeneratedRegex(@"\b\d{4}[-/.](?:\d{1,2}|[A-Za-z]{3})[-/.]\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}\b|\b[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateInTitle();

    [GeneratedRegex(@"[\s\-–—:,]*\bmeeting(?:\s+of)?[\s\-–—:,]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingMeeting();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
