using ArchiveSite.Diagnostics;
using ArchiveSite.Parsing;

namespace ArchiveSite.Resolution;

/// <summary>
/// Collapses copies of one call into one meeting and keeps different calls apart. Calls are grouped
/// by date and series (so the work is linear in the number of calls); within a group, a copy that
/// shares at least half its lines with a call already seen is that call.
/// </summary>
internal static class MeetingMerger
{
    public const double SameCallThreshold = 0.5;

    /// <summary>How many different calls of one day a copy is compared with.</summary>
    private const int ComparedPerDay = 16;

    /// <summary>Calls named in a warning about one day, before "and N more".</summary>
    private const int NamedPerWarning = 5;

    /// <summary>One warning per day that has several different calls of a series, at the second of them.</summary>
    private static Diagnostic Misdated(List<CallCopies> day)
    {
        var second = day[1].First;
        var prefix = $"a different {second.Series.Slug} call on {second.Date:yyyy-MM-dd} is also at ";
        if (day.Count == 2)
            return Diagnostic.Warning(second.File, second.Line, $"{prefix}{day[0].First.File}:{day[0].First.Line}; both are kept, but one is probably misdated");
        var others = day.Where((_, i) => i != 1).ToList();
        var named = string.Join(", ", others.Take(NamedPerWarning).Select(c => $"{c.First.File}:{c.First.Line}"));
        var more = others.Count > NamedPerWarning ? $" and {others.Count - NamedPerWarning:N0} more" : "";
        return Diagnostic.Warning(second.File, second.Line,
            $"{prefix}{named}{more} ({day.Count:N0} different calls that day); all are kept, but some are probably misdated");
    }

    public static IReadOnlyList<CallCopies> Merge(IEnumerable<ParsedMeeting> parsed, DiagnosticBag diagnostics)
    {
        var calls = new List<CallCopies>();
        var groups = parsed
            .OrderBy(m => m.Date).ThenBy(m => m.Series.Slug, StringComparer.Ordinal)
            .ThenBy(m => m.File, StringComparer.Ordinal).ThenBy(m => m.Line)
            .GroupBy(m => (m.Date, m.Series.Slug))
            .Select(g => g.ToList()).ToList();
        // Only a day with two or more copies has anything to compare: most days have one call, whose lines are
        // never read. Reading each copy's lines is most of the work, and needs nothing of the others: in parallel.
        var lines = groups.AsParallel().AsOrdered().Select(g => g.Count > 1 ? g.Select(CallCopies.Lines).ToList() : null).ToList();
        for (var day = 0; day < groups.Count; day++)
        {
            var (group, groupLines) = (groups[day], lines[day]);
            if (groupLines is null)
            {
                calls.Add(new CallCopies(group[0], lines: null));
                continue;
            }
            var inGroup = new List<CallCopies>();
            for (var i = 0; i < group.Count; i++)
            {
                var (meeting, theirs) = (group[i], groupLines[i]);
                // Compared with the first few different calls of the day only: a real day has one to three, and a
                // note of 2,000 calls under one date heading must not cost 2,000² comparisons.
                var same = inGroup.Take(ComparedPerDay).Select(c => (Call: c, Score: c.Similarity(theirs)))
                    .Where(x => x.Score >= SameCallThreshold)
                    .OrderByDescending(x => x.Score).FirstOrDefault();
                if (same.Call is null)
                {
                    inGroup.Add(new CallCopies(meeting, theirs));
                    continue;
                }
                if (same.Score < 1)
                    diagnostics.Add(Diagnostic.Warning(meeting.File, meeting.Line,
                        $"this copy of the {meeting.Date:yyyy-MM-dd} call differs from the one at {same.Call.First.File}:{same.Call.First.Line}; they are merged and the fuller copy is shown"));
                same.Call.Add(meeting, theirs);
            }
            if (inGroup.Count > 1) diagnostics.Add(Misdated(inGroup));
            calls.AddRange(inGroup);
        }
        return calls;
    }
}
