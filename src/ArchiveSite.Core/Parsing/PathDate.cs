using System.Globalization;
using System.Text.RegularExpressions;
using ArchiveSite.Text;

namespace ArchiveSite.Parsing;

/// <summary>
/// What a note's path says about its date, in the layouts minutes folders use: a full date anywhere in it
/// (<c>2024-03-05.md</c>, <c>notes/2024_03_05/call.md</c>, <c>jan-24-2024.md</c>, <c>T-compiler Meeting Agenda 2024-06-06.md</c>); a year
/// folder and the month and day at the end of the name (<c>2025/wasmtime-05-08.md</c>, <c>2024/CG-01-30.md</c>); a
/// <c>YYYY-MM</c> folder, or a year's folder over a month's, and a day (<c>2024-04/april-08.md</c>, <c>2024-04/08.md</c>,
/// <c>2024/03/08.md</c>).
/// </summary>
/// <param name="Date">The day the path names; null when it names none.</param>
/// <param name="Year">The year a folder (or the name) gives, for headings that name only month and day.</param>
/// <param name="Composed">True when <paramref name="Date"/> was put together from a folder's year and the name's month and day.</param>
public readonly partial record struct PathDate(DateOnly? Date, int? Year, bool Composed)
{
    // 2024_03_05 and 20240305, which file names use and free text does not; and a month's name between dashes or
    // underscores: jan-24-2024, 24_jan_2024, 2024-jan-24 (a month's name is never in doubt, as 01-02-2024 is).
    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})(?:_(?<m>[0-9]{1,2})_(?<d>[0-9]{1,2})|(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12][0-9]|3[01]))(?![0-9])"
        + @"|(?<![A-Za-z])(?<m>[A-Za-z]{3,9})[-_](?<d>[0-9]{1,2})(?:st|nd|rd|th)?[-_](?<y>(?:19|20)[0-9]{2})(?![0-9])"
        + @"|(?<![0-9])(?<d>[0-9]{1,2})(?:st|nd|rd|th)?[-_](?<m>[A-Za-z]{3,9})[-_](?<y>(?:19|20)[0-9]{2})(?![0-9])"
        + @"|(?<![0-9])(?<y>(?:19|20)[0-9]{2})[-_](?<m>[A-Za-z]{3,9})[-_](?<d>[0-9]{1,2})(?![0-9])")]
    private static partial Regex FileNameDate();

    [GeneratedRegex(@"^(?<y>(?:19|20)[0-9]{2})(?:[-_.](?<m>0?[1-9]|1[0-2]))?$")]
    private static partial Regex YearFolder();

    // The month and day ending a name: "wasmtime-05-08", "CG-01-30", "april-08", "08-april", "8th May".
    // Numbers alone are month and day only as four digits ("0305") or with a separator: "15" is no "1-5".
    [GeneratedRegex(@"(?:^|[^0-9A-Za-z])(?:(?<m>[0-9]{2})(?<d>[0-9]{2})|(?<m>[0-9]{1,2})[-_. ](?<d>[0-9]{1,2})(?:st|nd|rd|th)?|(?<m>[A-Za-z]{3,9})[-_. ]?(?<d>[0-9]{1,2})(?:st|nd|rd|th)?|(?<d>[0-9]{1,2})(?:st|nd|rd|th)?[-_. ]?(?<m>[A-Za-z]{3,9}))$")]
    private static partial Regex MonthDayAtEnd();

    // A month's folder under a year's: "03", "3", "march", "mar".
    [GeneratedRegex(@"^(?:(?<m>0?[1-9]|1[0-2])|(?<name>[A-Za-z]{3,9}))$")]
    private static partial Regex MonthFolder();

    // A day alone, for a YYYY-MM folder: "08", "day-08", "8th".
    [GeneratedRegex(@"(?:^|\D)(?<d>[0-9]{1,2})(?:st|nd|rd|th)?$")]
    private static partial Regex DayAtEnd();

    public static PathDate Read(string relativePath)
    {
        var segments = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0) return default;
        var name = Path.GetFileNameWithoutExtension(segments[^1]);
        foreach (var segment in segments.Reverse())
        {
            var text = segment == segments[^1] ? name : segment;
            if (DateText.TryFind(text, out var full) || FindFileNameDate(text, out full)) return new PathDate(full, full.Year, false);
        }

        // The nearest folder that is a year, or a year and a month; or a year's folder over a month's (2024/03/08.md).
        int? year = null, month = null;
        for (var i = segments.Length - 2; i >= 0; i--)
        {
            var m = YearFolder().Match(segments[i]);
            if (!m.Success) continue;
            year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (m.Groups["m"].Success) month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            else if (i == segments.Length - 3 && MonthOf(segments[i + 1]) is { } folderMonth) month = folderMonth;
            break;
        }
        if (year is null && YearFolder().Match(name) is { Success: true } named)
            return new PathDate(null, int.Parse(named.Groups["y"].Value, CultureInfo.InvariantCulture), false);
        if (year is not { } y) return default;

        var end = MonthDayAtEnd().Match(name);
        if (end.Success && DateText.TryBuild(y, end.Groups["m"].Value, end.Groups["d"].Value, out var composed)
            && (month is null || composed.Month == month))
            return new PathDate(composed, y, true);
        if (month is { } mm && DayAtEnd().Match(name) is { Success: true } day
            && DateText.TryBuild(y, mm.ToString(CultureInfo.InvariantCulture), day.Groups["d"].Value, out var inMonth))
            return new PathDate(inMonth, y, true);
        return new PathDate(null, y, false);
    }

    private static int? MonthOf(string folder) =>
        MonthFolder().Match(folder) is not { Success: true } m ? null
        : m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture)
        : DateText.TryBuild(2000, m.Groups["name"].Value, "1", out var first) ? first.Month : null;

    private static bool FindFileNameDate(string text, out DateOnly date)
    {
        foreach (Match m in FileNameDate().Matches(text))
            if (DateText.TryBuild(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), m.Groups["m"].Value, m.Groups["d"].Value, out date))
                return true;
        date = default;
        return false;
    }
}
