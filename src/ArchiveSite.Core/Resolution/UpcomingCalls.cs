using ArchiveSite.Model;
using ArchiveSite.Parsing;

namespace ArchiveSite.Resolution;

/// <summary>
/// Notes written ahead of their call (a roster heading left empty, an agenda, no minutes) and dated after the
/// newest call that was held are upcoming: listed apart, never among the latest calls, in the activity charts or
/// in the feeds. Decided from the notes alone, never from today's date, so a rebuild is the same build. A call
/// with no roster heading at all is never upcoming: archives of agendas (a roster is not what they keep) stay
/// calls, and a wrong "upcoming" on a call that was held is worse than a stub among the latest.
/// </summary>
public static class UpcomingCalls
{
    public static List<Meeting> Mark(List<Meeting> meetings)
    {
        var held = meetings.Where(Held).Select(m => m.Date).DefaultIfEmpty().Max();
        if (held == default) return meetings;
        return [.. meetings.Select(m => m.Date > held && IsStub(m) ? m with { Upcoming = true } : m)];
    }

    /// <summary>Someone was there, or something was said, decided or given to do.</summary>
    private static bool Held(Meeting m) =>
        m.Mcs.Count > 0 || m.Attendees.Count > 0 || m.Statements.Count > 0 || m.Decisions.Count > 0 || m.Actions.Count > 0;

    /// <summary>Not held, not cancelled, and with a roster heading (attendees, MC) that names nobody yet.</summary>
    private static bool IsStub(Meeting m) =>
        !Held(m) && !m.Cancelled && m.Sections.Any(s => SectionKinds.Classify(s.Title) is SectionKind.Attendees or SectionKind.Mc);
}
