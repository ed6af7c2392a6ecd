namespace ArchiveSite.Model;

/// <summary>How often a series meets: the median of its last eight gaps between calls (a week when it has met once).</summary>
public static class Cadence
{
    public static int UsualGapDays(IReadOnlyList<DateOnly> dates)
    {
        var sorted = dates.Order().ToList();
        var gaps = sorted.Zip(sorted.Skip(1), (a, b) => b.DayNumber - a.DayNumber).Where(g => g > 0).TakeLast(8).Order().ToList();
        return gaps.Count == 0 ? 7 : gaps[gaps.Count / 2];
    }

    /// <summary>The call after the last one, at the usual gap; null for a series without calls.</summary>
    public static DateOnly? NextAfterLast(IReadOnlyList<DateOnly> dates) =>
        dates.Count == 0 ? null : dates.Max().AddDays(UsualGapDays(dates));
}
