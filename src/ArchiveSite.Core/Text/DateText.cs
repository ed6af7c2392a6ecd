using System.Globalization;
using System.Text.RegularExpressions;

namespace ArchiveSite.Text;

/// <summary>
/// The date spellings minutes use: <c>2020-05-13</c>, <c>2021-6-9</c>, <c>2020-Jan-28</c>, <c>6th June 2019</c>,
/// and a month and day without a year (<c>May 08</c>, <c>January 30th</c>) where the note's path gives the year.
/// </summary>
public static partial class DateText
{
    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{1,2}|[A-Za-z]{3,9})-(?<d>[0-9]{1,2})(?![0-9])")]
    private static partial Regex LeadingDate();

    // 2019.03.01, 2019/03/01: the same date with other separators (one kind per date).
    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<s>[./])(?<m>[0-9]{1,2})\k<s>(?<d>[0-9]{1,2})(?![0-9])")]
    private static partial Regex LeadingDottedDate();

    // "May 26, 2021", "Wednesday, May 26th 2021", "26 May 2021", "26th of May, 2021" at the start of a heading; the first
    // day of several ("May 26-28, 2021", "26 to 28 May 2021").
    [GeneratedRegex(@"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?<m>[A-Za-z]{3,9})\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?" + LastDay + @",?|(?<d>[0-9]{1,2})(?:st|nd|rd|th)?" + LastDay + @"\s+(?:of\s+)?(?<m>[A-Za-z]{3,9})\.?,?)\s+(?<y>1[89][0-9]{2}|[2-9][0-9]{3})(?![0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingWrittenDate();

    private const string LastDay = @"(?:\s*(?:-|–|—|to|through|&)\s*[0-9]{1,2}(?:st|nd|rd|th)?)?";

    // What a date typed wrong looks like: "2021-0526", "2O21-05-26", "20210526", "May 26" with no year.
    [GeneratedRegex(@"^(?:[0-9OoIl]{4}[-./ ]?[0-9OoIl]{1,2}[-./]?[0-9OoIl]{1,2}(?![0-9])|[0-9]{4}-[0-9]{3,4}(?![0-9])|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DateLike();

    // "May 08", "Wednesday, Jan 30th", "30 January", "30th of Jan" at the start of a heading: a date once the year is known.
    [GeneratedRegex(@"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?<m>[A-Za-z]{3,9})\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?|(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>[A-Za-z]{3,9})\.?)(?![\w:/.-]|\.[0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingMonthDay();

    // The same anywhere in a title: "Agenda for the January 30th video call"; a time may follow ("April 1, 14:00 UTC"), a year may not.
    [GeneratedRegex(@"(?<![\w-])(?:(?<m>[A-Za-z]{3,9})\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?|(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>[A-Za-z]{3,9})\.?)(?![\w:/-]|\.[0-9]|,?\s*[0-9](?![0-9]?\s*[:h]))", RegexOptions.IgnoreCase)]
    private static partial Regex AnyMonthDay();

    /// <summary>The months' names and their short forms, as an alternation for patterns that look for a month by name.</summary>
    internal const string MonthNames = @"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    /// <summary>Whether a heading that is not a date starts like one (a mistyped call date).</summary>
    public static bool LooksLikeDate(string text) => DateLike().IsMatch(text.TrimStart());

    // "2020-05-13", "2020-Jan-28", "2022-Nov.-24".
    [GeneratedRegex(@"(?<![0-9])(?<y>1[89][0-9]{2}|[2-9][0-9]{3})-(?<m>[0-9]{1,2}|[A-Za-z]{3,9}\.?)-(?<d>[0-9]{1,2})(?![0-9])")]
    private static partial Regex AnyDate();

    // "5 March 2024", "5th of March, 2024", "05-Mar-2024".
    [GeneratedRegex(@"(?<![0-9])(?<d>[0-9]{1,2})(?:(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>[A-Za-z]{3,9})\.?,?\s+|-(?<m>[A-Za-z]{3,9})-)(?<y>1[89][0-9]{2}|[2-9][0-9]{3})(?![0-9])")]
    private static partial Regex DayMonthYear();

    // "2024.03.05" (year first) and "05.03.2024" (day first, as dotted dates are written where day comes first); not
    // inside a version number ("v1.2024.03.05.1").
    [GeneratedRegex(@"(?<![0-9.])(?:(?<y>(?:19|20)[0-9]{2})\.(?<m>[0-9]{1,2})\.(?<d>[0-9]{1,2})|(?<d>[0-9]{1,2})\.(?<m>[0-9]{1,2})\.(?<y>(?:19|20)[0-9]{2}))(?![0-9]|\.[0-9])")]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"\b(?<m>[A-Za-z]{3,9})\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>1[89][0-9]{2}|[2-9][0-9]{3})(?![0-9])")]
    private static partial Regex MonthDayYear();

    // "2018/12/13" and "2020/5/14" (year first: year/month/day, unless the middle number cannot be a month, as in
    // "2022/19/5") in "Meeting Date/Time: Thursday 2020/5/14 at 14:00 UTC"; not inside a path or an address ("/blog/2020/05/14/").
    [GeneratedRegex(@"(?<![0-9/])(?<y>1[89][0-9]{2}|[2-9][0-9]{3})/(?<a>[0-9]{1,2})/(?<b>[0-9]{1,2})(?![0-9/])")]
    private static partial Regex AnySlashedDate();

    // "3/17/2017", "Friday 6/16/17", "17/03/2017": the year last; which of the other two is the month is settled below.
    // A two-digit year only after a weekday or a date or time label ("## Time: 5/5/17"), where it cannot be a fraction.
    [GeneratedRegex(@"(?<![0-9/.])(?<a>[0-9]{1,2})/(?<b>[0-9]{1,2})/(?:(?<y>1[89][0-9]{2}|[2-9][0-9]{3})|(?<=(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?|date|time)\b.{0,20}?)(?<yy>[0-9]{2}))(?![0-9/])")]
    private static partial Regex YearLastDate();

    // The weekday written just before a date ("Friday 6/16/17", "Thursday, November 7").
    [GeneratedRegex(@"(?<day>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayBefore();

    // What may follow the date in front matter: a time, with its zone ("2020-01-24 14:00:00 UTC", "2020-01-24T14:00Z").
    [GeneratedRegex(@"^[T ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?\s*(?:Z|UTC|GMT|[+-][0-9]{2}:?[0-9]{2})?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();

    // "2024-03-05T16:00Z sync": the time ISO 8601 joins to the date is no part of what the heading names.
    [GeneratedRegex(@"^T[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?(?![0-9])")]
    private static partial Regex IsoTimeAfter();

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
        // "📅 2024-03-05": an emoji before the date is decoration.
        text = DecorativeSymbols.StripLeading(text);
        var m = LeadingDate().Match(text);
        if (!m.Success) m = LeadingDottedDate().Match(text);
        if (!m.Success) m = LeadingWrittenDate().Match(text);
        if (!m.Success && year is not null) m = LeadingMonthDay().Match(text);
        date = default;
        rest = "";
        valid = false;
        if (!m.Success || !IsMonth(m.Groups["m"].Value)) return false;
        // "2024-03-10/11", "March 10–12, 2024": a meeting of several days is dated by its first.
        rest = IsoTimeAfter().Replace(DaysAfter().Replace(text[m.Length..], "", 1), "", 1).Trim(' ', '-', ':', '–', '—', '\t', '|', ',');
        valid = TryBuild(m, out date, year);
        return true;
    }

    // The last day of a range after its first: "/11", "–12", " to 12", "-13 March", ", 2024" left after "March 10–12".
    [GeneratedRegex(@"^\s*(?:/|–|—|-|&|to|through|thru)\s*[0-9]{1,2}(?:st|nd|rd|th)?(?:\s+(?:" + MonthNames + @")\.?)?(?:,?\s*(?:19|20)[0-9]{2})?(?![0-9:])", RegexOptions.IgnoreCase)]
    private static partial Regex DaysAfter();

    /// <summary>A month and day anywhere in a title ("the January 30th video call"), dated in <paramref name="year"/>.</summary>
    public static bool TryFindMonthDay(string text, int year, out DateOnly date)
    {
        foreach (Match m in AnyMonthDay().Matches(text))
            if (IsMonth(m.Groups["m"].Value) && !m.Groups["m"].Value.All(char.IsDigit) && TryBuild(m, out date, year)) return true;
        date = default;
        return false;
    }

    /// <summary>
    /// A month and day with no year anywhere in a line ("Meeting Date/Time: Thursday, November 7 at 1400 UTC"), with the
    /// weekday written before it if any: a date once the notes beside it give the year.
    /// </summary>
    public static bool TryFindYearless(string text, out int month, out int day, out DayOfWeek? weekday, out string written)
    {
        // Tried from each word on, not match after match: "Thursday 26 March" first reads as the month "Thursday".
        for (var m = AnyMonthDay().Match(text); m.Success; m = AnyMonthDay().Match(text, m.Index + 1))
        {
            var name = m.Groups["m"].Value;
            if (name.All(char.IsDigit) || MonthNumber(name) is not (> 0 and var number)
                || !int.TryParse(m.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                || d < 1 || d > DateTime.DaysInMonth(2024, number)) continue;
            var before = WeekdayBefore().Match(text[..m.Index]);
            (month, day, weekday) = (number, d, before.Success ? WeekdayOf(before.Groups["day"].Value) : null);
            written = before.Success ? text[before.Index..(m.Index + m.Length)].Trim() : m.Value.Trim();
            return true;
        }
        (month, day, weekday, written) = (0, 0, null, "");
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

    /// <summary>A date as written, and why the reading of it may not be what the writer meant.</summary>
    public sealed record Doubt(string Written, string Reason);

    /// <summary>A date anywhere in free text such as a title or a file name.</summary>
    public static bool TryFind(string text, out DateOnly date) => TryFind(text, out date, out _);

    /// <param name="doubt">
    /// Set when the reading was a guess ("2/10/2017": month first, as US minutes write it, since neither number is
    /// over 12 and no weekday settles it) or a correction ("Friday 08 Jan 2020": the weekday falls on 8 January 2021,
    /// a new year's slip); null when the text is sure.
    /// </param>
    public static bool TryFind(string text, out DateOnly date, out Doubt? doubt)
    {
        doubt = null;
        foreach (var regex in new[] { AnyDate(), DayMonthYear(), MonthDayYear(), DottedDate() })
            foreach (Match m in regex.Matches(text))
                if (TryBuild(m, out date))
                {
                    if (NewYearSlip(m, text, date) is { } corrected)
                        (date, doubt) = (corrected, new Doubt(m.Value, $"the weekday written beside it falls on that day in {corrected.Year}, not {corrected.Year - 1}: the old year's number in a new year"));
                    return true;
                }
        foreach (Match m in AnySlashedDate().Matches(text))
            if (TrySlashed(m, text, out date, out _)) return true;
        foreach (Match m in YearLastDate().Matches(text))
            if (TrySlashed(m, text, out date, out var sure))
            {
                doubt = sure ? null : new Doubt(m.Value, "month first: neither number is over 12 and no weekday is written beside it");
                return true;
            }
        date = default;
        return false;
    }

    // "Friday 08 Jan 2020" for a call on Friday 8 January 2021: in January, the weekday written before the date names
    // the same day of the next year and not of the year written. Only then is the year corrected.
    private static DateOnly? NewYearSlip(Match m, string text, DateOnly date)
    {
        if (date.Month != 1 || WeekdayBefore().Match(text[..m.Index]) is not { Success: true } weekday) return null;
        var named = WeekdayOf(weekday.Groups["day"].Value);
        return date.DayOfWeek != named && date.AddYears(1).DayOfWeek == named ? date.AddYears(1) : null;
    }

    /// <summary>How many dates a text names ("2020-01-01 to 2020-06-30" names two).</summary>
    public static int CountDates(string text) =>
        new[] { AnyDate(), DayMonthYear(), MonthDayYear() }.Sum(r => r.Matches(text).Count(m => TryBuild(m, out _)))
        + new[] { AnySlashedDate(), YearLastDate() }.Sum(r => r.Matches(text).Count(m => TrySlashed(m, text, out _, out _)));

    /// <summary>
    /// Numbers a/b around a year: the one that cannot be a month is the day; when both can, the weekday written before
    /// the date decides, else month first for a year last (US) and month second for a year first (ISO order).
    /// </summary>
    private static bool TrySlashed(Match m, string text, out DateOnly date, out bool sure)
    {
        var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)
            : 2000 + int.Parse(m.Groups["yy"].Value, CultureInfo.InvariantCulture);
        var (a, b) = (m.Groups["a"].Value, m.Groups["b"].Value);
        var yearFirst = m.Groups["y"].Success && m.Groups["y"].Index < m.Groups["a"].Index;
        // Year first: year/month/day unless the middle is no month; year last: month/day unless the first is no month.
        var usual = TryBuild(year, a, b, out var first);
        var other = TryBuild(year, b, a, out var second);
        sure = !(usual && other) || first == second;
        if (usual && other && first != second && WeekdayBefore().Match(text[..m.Index]) is { Success: true } weekday)
        {
            var named = WeekdayOf(weekday.Groups["day"].Value);
            if (first.DayOfWeek == named && second.DayOfWeek != named) { (date, sure) = (first, true); return true; }
            if (second.DayOfWeek == named && first.DayOfWeek != named) { (date, sure) = (second, true); return true; }
        }
        date = usual ? first : second;
        // A year-first date is ISO's order and is never reported as a guess.
        if (yearFirst) sure = true;
        return usual || other;
    }

    private static DayOfWeek WeekdayOf(string prefix) => prefix.ToLowerInvariant() switch
    {
        "mon" => DayOfWeek.Monday,
        "tue" => DayOfWeek.Tuesday,
        "wed" => DayOfWeek.Wednesday,
        "thu" => DayOfWeek.Thursday,
        "fri" => DayOfWeek.Friday,
        "sat" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

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
        var n = name.ToLowerInvariant().TrimEnd('.');
        if (n.Length < 3) return 0;
        var index = Array.IndexOf(Months, n[..3]);
        if (index < 0) return 0;
        // Accept "Sept", "June", "January"; reject words that merely start like a month ("marker").
        var full = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(index + 1).ToLowerInvariant();
        if (full.StartsWith(n, StringComparison.Ordinal) || n == "sept") return index + 1;
        // "Septemebr": one slip in a long month's name (seven letters or more, where no other word is that close).
        return NameResemblance.IsSlip(n, full, shortestWithOneSlip: 7) ? index + 1 : 0;
    }
}
