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
        // Reading each copy's lines is most of the work, and needs nothing of the others: done in parallel.
        var groups = parsed
            .AsParallel().Select(m => (Meeting: m, Lines: CallCopies.Lines(m))).ToList()
            .OrderBy(x => x.Meeting.Date).ThenBy(x => x.Meeting.Series.Slug, StringComparer.Ordinal)
            .ThenBy(x => x.Meeting.File, StringComparer.Ordinal).ThenBy(x => x.Meeting.Line)
            .GroupBy(x => (x.Meeting.Date, x.Meeting.Series.Slug));
        foreach (var group in groups)
        {
            var inGroup = new List<CallCopies>();
            foreach (var (meeting, lines) in group)
            {
                // Compared with the first few different calls of the day only: a real day has one to three, and a
                // note of 2,000 calls under one date heading must not cost 2,000² comparisons.
                var same = inGroup.Take(ComparedPerDay).Select(c => (Call: c, Score: c.Similarity(lines)))
                    .Where(x => x.Score >= SameCallThreshold)
                    .OrderByDescending(x => x.Score).FirstOrDefault();
                if (same.Call is null)
                {
                    inGroup.Add(new CallCopies(meeting, lines));
                    continue;
                }
                if (same.Score < 1)
                    diagnostics.Add(Diagnostic.Warning(meeting.File, meeting.Line,
                        $"this copy of the {meeting.Date:yyyy-MM-dd} call differs from the one at {same.Call.First.File}:{same.Call.First.Line}; they are merged and the fuller copy is shown"));
                same.Call.Add(meeting, lines);
            }
            if (inGroup.Count > 1) diagnostics.Add(Misdated(inGroup));
            calls.AddRange(inGroup);
        }
        return calls;
    }
}
