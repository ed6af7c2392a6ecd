using ArchiveSite.Diagnostics;
using ArchiveSite.Parsing;
using ArchiveSite.Text;

namespace ArchiveSite.Resolution;

/// <summary>
/// Gives a year to a call whose note writes only its month and day ("Thursday, November 7"): the year that puts it
/// between the dated notes beside it in its folder (in the order of their names, numbers by value: call_026, call_027,
/// call_028), on the weekday it names if it names one. When no single year fits, the note is reported undated, as
/// before: the year is never guessed. One pass per folder, in the folder's order.
/// </summary>
internal static class YearlessDates
{
    public static IReadOnlyList<ParsedMeeting> Settle(IReadOnlyList<ParsedMeeting> parsed, DiagnosticBag diagnostics)
    {
        if (!parsed.Any(p => p.Yearless is not null)) return parsed;
        var settled = new Dictionary<ParsedMeeting, ParsedMeeting?>(ReferenceEqualityComparer.Instance);
        foreach (var folder in parsed.GroupBy(p => Path.GetDirectoryName(p.File) ?? "", StringComparer.Ordinal))
        {
            if (!folder.Any(p => p.Yearless is not null)) continue;
            var ordered = folder.OrderBy(p => p.File, NaturalOrder.Instance).ThenBy(p => p.Line).ToList();
            // The nearest dated call before and after each position, found in one pass each way.
            var before = new ParsedMeeting?[ordered.Count];
            var after = new ParsedMeeting?[ordered.Count];
            for (var i = 1; i < ordered.Count; i++) before[i] = ordered[i - 1].Yearless is null ? ordered[i - 1] : before[i - 1];
            for (var i = ordered.Count - 2; i >= 0; i--) after[i] = ordered[i + 1].Yearless is null ? ordered[i + 1] : after[i + 1];
            for (var i = 0; i < ordered.Count; i++)
                if (ordered[i].Yearless is { } yearless)
                    settled[ordered[i]] = Dated(ordered[i], yearless, before[i], after[i], diagnostics);
        }
        return parsed.Select(p => settled.TryGetValue(p, out var s) ? s : p).OfType<ParsedMeeting>().ToList();
    }

    private static ParsedMeeting? Dated(ParsedMeeting call, YearlessDate yearless, ParsedMeeting? before, ParsedMeeting? after, DiagnosticBag diagnostics)
    {
        var years = before is null && after is null ? [] : Enumerable.Range((before ?? after)!.Date.Year - 1, (after ?? before)!.Date.Year - (before ?? after)!.Date.Year + 3);
        var fits = years
            .Where(y => yearless.Day <= DateTime.DaysInMonth(y, yearless.Month))
            .Select(y => new DateOnly(y, yearless.Month, yearless.Day))
            .Where(d => (before is null || d >= before.Date) && (after is null || d <= after.Date))
            .Where(d => yearless.Weekday is null || d.DayOfWeek == yearless.Weekday)
            .ToList();
        var neighbours = string.Join(" and ", new[] { before, after }.OfType<ParsedMeeting>().Select(n => $"{Path.GetFileName(n.File)} ({n.Date:yyyy-MM-dd})"));
        // Without a weekday, a year only counts when the neighbours leave room for no other one.
        if (fits.Count != 1 || (yearless.Weekday is null && (before is null || after is null)))
        {
            diagnostics.Add(Diagnostic.Error(call.File, yearless.Line, 1,
                $"'{yearless.Written}' gives no year, and the notes beside this one ({(neighbours.Length > 0 ? neighbours : "none dated")}) leave {(fits.Count == 0 ? "no year" : "more than one year")} that fits; add the year, or 'date: yyyy-mm-dd' to its front matter"));
            return null;
        }
        var date = fits[0];
        diagnostics.Add(Diagnostic.Warning(call.File, yearless.Line,
            $"dated {date:yyyy-MM-dd}: '{yearless.Written}' gives no year, and {date.Year} is the one that puts it between {neighbours}{(yearless.Weekday is null ? "" : " on that weekday")}; add the year to be sure"));
        return call with { Date = date, Yearless = null };
    }
}
