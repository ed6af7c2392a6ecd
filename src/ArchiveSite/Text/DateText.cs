using System.Globalization;
using System.Text.RegularExpressions;

namespace ArchiveSite.Text;

/// <summary>
/// The date spellings minutes use: <c>2020-05-13</c>, <c>2021-6-9</c>, <c>2020-Jan-28</c>, <c>6th June 2019</c>,
/// and a month and day without a year (<c>May 08</c>, <c>January 30th</c>) where the note's path gives the year.
/// </summary>
public static partial class DateText
{
    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2}|[A-Za-z]{3,9})-(?<d>\d{1,2})(?!\d)")]
    private static partial Regex LeadingDate();

    // 2019.03.01, 2019/03/01: the same date with other separators (one kind per date).
    [GeneratedRegex(@"^(?<y>\d{4})(?<s>[./])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})(?!\d)")]
    private static partial Regex LeadingDottedDate();

    // "May 26, 2021", "Wednesday, May 26th 2021", "26 May 2021", "26th of May, 2021" at the start of a heading.
    [GeneratedRegex(@"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?<m>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>[A-Za-z]{3,9})\.?,?)\s+(?<y>1[89]\d{2}|[2-9]\d{3})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingWrittenDate();

    // What a date typed wrong looks like: "2021-0526", "2O21-05-26", "20210526", "May 26" with no year.
    [GeneratedRegex(@"^(?:[0-9OoIl]{4}[-./ ]?[0-9OoIl]{1,2}[-./]?[0-9OoIl]{1,2}(?![0-9])|\d{4}-\d{3,4}(?!\d)|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DateLike();

    // "May 08", "Wednesday, Jan 30th", "30 January", "30th of Jan" at the start of a heading: a date once the year is known.
    [GeneratedRegex(@"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?<m>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>[A-Za-z]{3,9})\.?)(?![\w:/.-]|\.\d)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingMonthDay();

    // The same anywhere in a title: "Agenda for the January 30th video call".
    [GeneratedRegex(@"(?<![\w-])(?:(?<m>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>[A-Za-z]{3,9})\.?)(?![\w:/-]|\.\d|,?\s*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex AnyMonthDay();

    /// <summary>Whether a heading that is not a date starts like one (a mistyped call date).</summary>
    public static bool LooksLikeDate(string text) => DateLike().IsMatch(text.TrimStart());

    [GeneratedRegex(@"(?<!\d)(?<y>1[89]\d{2}|[2-9]\d{3})-(?<m>\d{1,2}|[A-Za-z]{3,9})-(?<d>\d{1,2})(?!\d)")]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>[A-Za-z]{3,9})\.?,?\s+(?<y>1[89]\d{2}|[2-9]\d{3})(?!\d)")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<m>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>1[89]\d{2}|[2-9]\d{3})(?!\d)")]
    private static partial Regex MonthDayYear();

    // "2018/12/13" and "2020/5/14" (year first: never read as day/month) in "Meeting Date/Time: Thursday 2020/5/14 at
    // 14:00 UTC"; not inside a path or an address ("/blog/2020/05/14/").
    [GeneratedRegex(@"(?<![\d/])(?<y>1[89]\d{2}|[2-9]\d{3})/(?<m>\d{1,2})/(?<d>\d{1,2})(?![\d/])")]
    private static partial Regex AnySlashedDate();

    // What may follow the date in front matter: a time, with its zone ("2020-01-24 14:00:00 UTC", "2020-01-24T14:00Z").
    [GeneratedRegex(@"^[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();

    /// <summary>A whole string that is an ISO-like date, or one with a time of day after it (front matter).</summary>
    public static bool TryParseIso(string text, out DateOnly date)
    {
        var m = LeadingDate().Match(text);
        date = default;
        return m.Success && (m.Length == text.Length || TimeOfDay().IsMatch(text[m.Length..])) && TryBuild(m, out date);
    }

    /// <summary>A heading that starts with a date; <paramref name="rest"/> is what follows it.</summary>
    /// <returns>null when the heading does not start with a date; false in <paramref name="valid"/> when it does but the date does not exist.</returns>
    /// <param name="year">The year the note's path gives, which lets a heading name only month and day ("May 08").</param>
    public static bool TryParseLeading(string text, out DateOnly date, out string rest, out bool valid, int? year = null)
    {
        var m = LeadingDate().Match(text);
        if (!m.Success) m = LeadingDottedDate().Match(text);
        if (!m.Success) m = LeadingWrittenDate().Match(text);
        if (!m.Success && year is not null) m = LeadingMonthDay().Match(text);
        date = default;
        rest = "";
        valid = false;
        if (!m.Success || !IsMonth(m.Groups["m"].Value)) return false;
        rest = text[m.Length..].Trim(' ', '-', ':', '–', '—', '\t', '|', ',');
        valid = TryBuild(m, out date, year);
        return true;
    }

    /// <summary>A month and day anywhere in a title ("the January 30th video call"), dated in <paramref name="year"/>.</summary>
    public static bool TryFindMonthDay(string text, int year, out DateOnly date)
    {
        foreach (Match m in AnyMonthDay().Matches(text))
            if (IsMonth(m.Groups["m"].Value) && !m.Groups["m"].Value.All(char.IsDigit) && TryBuild(m, out date, year)) return true;
        date = default;
        return false;
    }

    /// <summary>A month and day as a path writes them after a year folder: <c>05-08</c>, <c>april-08</c>, <c>8th-may</c>.</summary>
    public static bool TryBuild(int year, string month, string day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999) return false;
        // ASCII digits only: the patterns' \d also takes other scripts' digits, which are no month or day here.
        var m = month.All(char.IsAsciiDigit) && month.Length <= 2 ? int.Parse(month, CultureInfo.InvariantCulture) : MonthNumber(month);
        if (!int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d) || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(year, m)) return false;
        date = new DateOnly(year, m, d);
        return true;
    }

    /// <summary>A date anywhere in free text such as a title or a file name.</summary>
    public static bool TryFind(string text, out DateOnly date)
    {
        foreach (var regex in new[] { AnyDate(), DayMonthYear(), MonthDayYear(), AnySlashedDate() })
            foreach (Match m in regex.Matches(text))
                if (TryBuild(m, out date)) return true;
        date = default;
        return false;
    }

    /// <summary>How many dates a text names ("2020-01-01 to 2020-06-30" names two).</summary>
    public static int CountDates(string text) =>
        new[] { AnyDate(), DayMonthYear(), MonthDayYear(), AnySlashedDate() }.Sum(r => r.Matches(text).Count(m => TryBuild(m, out _)));

    private static bool IsMonth(string m) => m.All(char.IsDigit) || MonthNumber(m) > 0;

    private static bool TryBuild(Match m, out DateOnly date, int? year = null)
    {
        date = default;
        var y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : year ?? 0;
        return TryBuild(y, m.Groups["m"].Value, m.Groups["d"].Value, out date);
    }

    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    internal static int MonthNumber(string name)
    {
        var n = name.ToLowerInvariant();
        if (n.Length < 3) return 0;
        var index = Array.IndexOf(Months, n[..3]);
        if (index < 0) return 0;
        // Accept "Sept", "June", "January"; reject words that merely start like a month ("marker").
        var full = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(index + 1).ToLowerInvariant();
        return full.StartsWith(n, StringComparison.Ordinal) || n == "sept" ? index + 1 : 0;
    }
}
