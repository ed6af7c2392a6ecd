using System.Text.RegularExpressions;

namespace ArchiveSite.Parsing;

/// <summary>
/// What minutes write after the agenda about the next call rather than this one ("### Closing",
/// "**Next Release**: Lore/Grasso - May 18th", "Next meeting: 2020-05-27"): read for its labels (the next
/// call's MC), never counted as an agenda item.
/// </summary>
internal static partial class ClosingLines
{
    public static bool IsClosingHeading(string? heading) => heading is not null && ClosingHeading().IsMatch(heading);

    /// <summary>A line that opens with a "Next ..." label: the next release, call or meeting.</summary>
    public static bool IsAboutWhatComesNext(string firstLine) => NextLabel().IsMatch(firstLine);

    [GeneratedRegex(@"^\W*(?:closing|wrap[- ]?up|next (?:call|meeting|steps?)|upcoming (?:calls?|meetings?|events?)|logistics|housekeeping)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingHeading();

    // "**Next Release**:", "**Next call:**", "Next meeting -": a label of at most five words that starts with "Next".
    [GeneratedRegex(@"^\W*next(?:\s+\w+){0,4}\W*\s*[:–—-]", RegexOptions.IgnoreCase)]
    private static partial Regex NextLabel();
}
