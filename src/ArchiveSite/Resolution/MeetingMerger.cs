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
                var same = inGroup.Select(c => (Call: c, Score: c.Similarity(lines)))
                    .Where(x => x.Score >= SameCallThreshold)
                    .OrderByDescending(x => x.Score).FirstOrDefault();
                if (same.Call is null)
                {
                    foreach (var other in inGroup)
                        diagnostics.Add(Diagnostic.Warning(meeting.File, meeting.Line,
                            $"a different {meeting.Series.Slug} call on {meeting.Date:yyyy-MM-dd} is also at {other.First.File}:{other.First.Line}; both are kept, but one is probably misdated"));
                    inGroup.Add(new CallCopies(meeting, lines));
                    continue;
                }
                if (same.Score < 1)
                    diagnostics.Add(Diagnostic.Warning(meeting.File, meeting.Line,
                        $"this copy of the {meeting.Date:yyyy-MM-dd} call differs from the one at {same.Call.First.File}:{same.Call.First.Line}; they are merged and the fuller copy is shown"));
                same.Call.Add(meeting, lines);
            }
            calls.AddRange(inGroup);
        }
        return calls;
    }
}
