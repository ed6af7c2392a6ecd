using ArchiveSite.Model;

namespace ArchiveSite.Site.Pages;

/// <summary>Each person's longest run of consecutive calls of one series (cancelled calls skipped), in one pass over the calls.</summary>
public static class Streaks
{
    /// <param name="LastCall">The id of the run's last call.</param>
    public sealed record Run(string Series, int Calls, string LastCall);

    public static Dictionary<string, Run> Longest(Archive archive)
    {
        var longest = new Dictionary<string, Run>(StringComparer.Ordinal);
        foreach (var series in archive.Meetings.Where(m => !m.Cancelled).GroupBy(m => m.Series))
        {
            // person → (index of the last call they were in, length of the run ending there)
            var current = new Dictionary<string, (int At, int Length)>(StringComparer.Ordinal);
            var index = 0;
            foreach (var call in series.OrderBy(m => m.Date))
            {
                foreach (var person in CallParticipants.Of(call))
                {
                    var length = current.TryGetValue(person, out var run) && run.At == index - 1 ? run.Length + 1 : 1;
                    current[person] = (index, length);
                    if (!longest.TryGetValue(person, out var best) || length > best.Calls)
                        longest[person] = new Run(series.Key, length, call.Id);
                }
                index++;
            }
        }
        return longest;
    }
}
