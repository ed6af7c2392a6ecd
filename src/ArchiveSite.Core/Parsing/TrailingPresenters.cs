using System.Text.RegularExpressions;
using ArchiveSite.Text;

namespace ArchiveSite.Parsing;

/// <summary>
/// Presenters written after an agenda item's topic, as shared documents often put them: <c>Release planning (Ana Lima,
/// 10 min)</c>, <c>Blog post review - Cy Dube</c>, <c>5m - Website redesign - @bochen</c>. What follows a topic is as
/// often a qualifier (<c>(Q3)</c>, <c>- Phase 2</c>), so the words are presenters only when each is one of the call's
/// own people: a full name, a handle, or a first name only one of them has.
/// </summary>
internal static partial class TrailingPresenters
{
    /// <summary>The topic and the presenters after it, when every one of them is someone on the call's roster; else null.</summary>
    public static (string Topic, List<string> Presenters)? Read(string item, IReadOnlyList<PersonEntry> roster)
    {
        // "Memory64 phase 4 vote (Ana Lima) [15 min]": the time the item is given goes first.
        item = TrailingDuration().Replace(item, "");
        var split = InParentheses().Match(item) is { Success: true } parenthesised ? parenthesised : AfterDash().Match(item);
        if (!split.Success) return null;
        var names = Separators().Split(split.Groups["names"].Value)
            .Select(n => n.Trim().Trim('*', '_').Trim())
            .Where(n => n.Length > 0 && !Duration().IsMatch(n))
            .ToList();
        var topic = LeadingDuration().Replace(split.Groups["topic"].Value.Trim(), "").Trim();
        if (names.Count == 0 || topic.Length == 0) return null;
        var people = names.Select(n => OnRoster(n, roster)).ToList();
        // Each presenter as the roster writes them (their handle, else their full name): "Cy" is the call's Cy Dube,
        // whoever else in the archive is called Cy.
        return people.All(p => p is not null) ? (topic, people.Select(p => p!.Handle ?? p.Name!).Distinct(StringComparer.OrdinalIgnoreCase).ToList()) : null;
    }

    /// <summary>
    /// A heading that gives its topic who and how long (<c>Multipath QUIC (Dan Minor, 20 min)</c>): an agenda slot, returned
    /// without its time (<c>Multipath QUIC (Dan Minor)</c>); null for any other heading. A time alone
    /// (<c>Update on Progress (15 minutes)</c>) is a section's, over the topics listed in it.
    /// </summary>
    public static string? TimedTopic(string heading)
    {
        var untimed = DurationInParentheses().Replace(heading, "").Trim();
        return untimed != heading.Trim() && untimed.Length > 0 ? untimed : null;
    }

    private static PersonEntry? OnRoster(string written, IReadOnlyList<PersonEntry> roster)
    {
        if (written.StartsWith('@'))
            return roster.FirstOrDefault(p => p.Handle is not null && p.Handle.Equals(written[1..], StringComparison.OrdinalIgnoreCase));
        var name = PersonNames.Normalize(written);
        if (roster.FirstOrDefault(p => p.Name is not null && PersonNames.Normalize(p.Name) == name) is { } named) return named;
        if (name.Contains(' ', StringComparison.Ordinal)) return null;
        // "Cy": the first name of exactly one of the call's people.
        var byFirstName = roster.Where(p => p.Name is not null && PersonNames.Normalize(p.Name) is var full
            && full.Contains(' ', StringComparison.Ordinal) && full.Split(' ')[0] == name).ToList();
        return byFirstName.DistinctBy(p => PersonNames.Normalize(p.Name!)).Count() == 1 ? byFirstName[0] : null;
    }

    // "Release planning (Ana Lima, 10 min)": a closing parenthesis ends the item.
    [GeneratedRegex(@"^(?<topic>.+?)\s*\((?<names>[^()]{1,120})\)\s*$")]
    private static partial Regex InParentheses();

    // "Blog post review - Cy Dube", "Website redesign – @bochen": the last dash-separated part.
    [GeneratedRegex(@"^(?<topic>.+?)\s+[-–—]\s+(?<names>[^-–—]{1,120})$")]
    private static partial Regex AfterDash();

    [GeneratedRegex(@"\s*(?:,|;|/|&|\band\b)\s*")]
    private static partial Regex Separators();

    // A time given to an item: "10 min", "5m", "15 minutes", "1h".
    private const string Time = @"[0-9]{1,3}\s*(?:m|min|mins|minutes?|h|hrs?|hours?)\.?";

    [GeneratedRegex("^" + Time + "$", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    // "[15 min]", "(20 mins)" closing the item.
    [GeneratedRegex(@"\s*[\[(]" + Time + @"[\])]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingDuration();

    // "(Dan Minor, 20 min)": the time after the names inside a closing parenthesis.
    [GeneratedRegex(@"\s*,\s*" + Time + @"(?=\)\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex DurationInParentheses();

    // "5m - Website redesign", "[10 min] Welcome", "(5 min) Welcome".
    [GeneratedRegex(@"^[\[(]?" + Time + @"[\])]?\s*[-–—:]?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDuration();
}
