using System.Globalization;
using ArchiveSite.Model;

namespace ArchiveSite.Checking;

/// <summary>
/// What the archive worked out from the notes rather than from archive.yml, said in words for <c>check</c>
/// and <c>init</c>, so a new user sees how their notes were read and what to set if it is wrong.
/// </summary>
public static class Inferences
{
    public static IReadOnlyList<string> Describe(Archive archive)
    {
        var lines = new List<string>();
        var defaults = archive.ReferenceDefaults;
        var settings = archive.Settings;
        if (settings.DefaultRepository is null)
            lines.Add(defaults.Repository is { } repo
                ? $"bare #N means {repo}#N: the repository the notes link most (set default_repo in archive.yml to change it)"
                : "bare #N stays text: the notes link no GitHub repository (set default_repo: OWNER/REPO in archive.yml)");
        if (archive.BareNumbersLeftAsText.Count > 0 && defaults.Repository is { } inferred)
        {
            var left = archive.BareNumbersLeftAsText;
            lines.Add($"{Count(left.Count)} bare #N left as text, as nothing beside them says they are issues of {inferred} and their numbers are under 10 or past the highest the notes write there (#{Count(defaults.HighestWritten ?? 0)}): " +
                $"{string.Join(", ", left.Take(5).Select(m => $"{m.Source.File}:{m.Source.Line} #{m.Key.Number.ToString(CultureInfo.InvariantCulture)}"))}{(left.Count > 5 ? $" and {Count(left.Count - 5)} more" : "")} (write owner/repo#N, or set default_repo in archive.yml to read every bare #N as its)");
        }
        if (settings.DefaultOwner is null && defaults.Owner is { } owner)
            lines.Add($"repo#N means {owner}/repo#N unless the notes link that repository under another owner ({Count(defaults.Links)} links read; set default_owner to change it)");
        if (archive.LeftOut.Count > 0)
        {
            const int Named = 8;
            var named = string.Join(", ", archive.LeftOut.Take(Named).Select(f => $"{f.File} ({f.Why})"));
            lines.Add($"left out {Count(archive.LeftOut.Count)} Markdown {(archive.LeftOut.Count == 1 ? "file that is" : "files that are")} not minutes: {named}" +
                $"{(archive.LeftOut.Count > Named ? $" and {Count(archive.LeftOut.Count - Named)} more" : "")} (include: and exclude: in archive.yml choose)");
        }
        var upcoming = archive.Meetings.Where(m => m.Upcoming).ToList();
        if (upcoming.Count > 0)
            lines.Add($"{Count(upcoming.Count)} upcoming {(upcoming.Count == 1 ? "call" : "calls")} (a roster heading naming nobody, no minutes, dated after the last call held): " +
                $"{string.Join(", ", upcoming.Take(8).Select(m => $"{m.Source.File}:{m.Source.Line} {m.Date:yyyy-MM-dd}"))}{(upcoming.Count > 8 ? $" and {Count(upcoming.Count - 8)} more" : "")}; " +
                "listed apart on the home and series pages, not among the latest calls, the charts or the feeds");
        var calls = archive.Meetings.CountBy(m => m.Series).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var series in archive.Series)
            if (archive.InferredSeries.GetValueOrDefault(series.Slug) is { } guess)
                lines.Add($"series '{series.Name}' ({Calls(calls.GetValueOrDefault(series.Slug))}) from {guess.From} (a series: rule in archive.yml names it for good)");
        return lines;
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Calls(int n) => n == 1 ? "1 call" : $"{Count(n)} calls";
}
