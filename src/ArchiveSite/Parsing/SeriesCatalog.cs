using System.Text.RegularExpressions;
using ArchiveSite.Model;

namespace ArchiveSite.Parsing;

/// <summary>
/// The series a note belongs to, recognised from its title or file name. Specific series are tested
/// before the generic "community call"; a title that matches none becomes a new series of its own.
/// </summary>
public static partial class SeriesCatalog
{
    public static readonly Series CommunityCall = new("community-call", "Community Call");

    private static readonly (Regex Pattern, Series Series)[] Known =
    [
        (new Regex(@"office[\s_-]*hours", RegexOptions.IgnoreCase), new Series("office-hours", "Office Hours")),
        (new Regex(@"build[\s_/-]*release[\s_/-]*infra", RegexOptions.IgnoreCase), new Series("build-release-infra", "Build/Release/Infrastructure Call")),
        (new Regex(@"core[\s_-]*maintainers?", RegexOptions.IgnoreCase), new Series("core-maintainers", "Core Maintainers")),
        (new Regex(@"roadmap", RegexOptions.IgnoreCase), new Series("roadmap", "Roadmap Discussion")),
        (new Regex(@"infra(?:structure)?[\s_-]*(?:wg|working[\s_-]*group)", RegexOptions.IgnoreCase), new Series("infra-wg", "Infrastructure WG")),
        (new Regex(@"new[\s_-]*contributors?|onboarding", RegexOptions.IgnoreCase), new Series("new-contributors", "New Contributor Onboarding")),
        (new Regex(@"community[\s_-]*call|^release-", RegexOptions.IgnoreCase), CommunityCall),
    ];

    public static IEnumerable<Series> All => Known.Select(k => k.Series).DistinctBy(s => s.Slug);

    /// <summary>The series named by a title or file name; null when neither says.</summary>
    public static Series? Detect(string? title, string fileName)
    {
        foreach (var text in new[] { title, Path.GetFileNameWithoutExtension(fileName) })
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            foreach (var (pattern, series) in Known)
                if (pattern.IsMatch(text)) return series;
        }
        return null;
    }

    /// <summary>A series for a title no known pattern matches: "Falco Security Audit Call" becomes <c>security-audit</c>.</summary>
    public static Series FromTitle(string title)
    {
        // The date belongs to the call, not to the series: "Security Audit Call 2024-03-06" is security-audit.
        var name = DateLike().Replace(title, " ").Trim(' ', '-', ':', ',', '\u2013', '\u2014');
        var words = Slug.Words(name)
            .Where(w => w is not ("falco" or "call" or "calls" or "meeting" or "notes" or "the") && !w.All(char.IsAsciiDigit))
            .ToList();
        return words.Count == 0 ? CommunityCall : new Series(string.Join('-', words), name);
    }

    [GeneratedRegex(@"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\b")]
    private static partial Regex DateLike();

    /// <summary>Known series by slug, or a series whose name is the slug, for front matter.</summary>
    public static Series FromSlug(string slug)
    {
        var normalized = string.Join('-', Slug.Words(slug));
        return All.FirstOrDefault(s => s.Slug == normalized)
            ?? Detect(slug, "")
            ?? new Series(normalized.Length == 0 ? CommunityCall.Slug : normalized, slug.Trim());
    }
}
