using System.Globalization;
using System.Text.RegularExpressions;
using ArchiveSite.Configuration;
using ArchiveSite.Loading;
using ArchiveSite.Model;

namespace ArchiveSite.Authoring;

/// <summary>
/// <c>archive-site new</c>: next week's note from the series' template, dated for the series' next regular
/// call and with the MC the previous call named ("MC Next Call").
/// </summary>
/// <remarks>
/// Templates live in the content folder's <c>templates/</c> (never read as notes): <c>SERIES.md</c>, else
/// <c>default.md</c>, else a built-in one. In a template, <c>{{date}}</c> (or <c>YYYY-MM-DD</c>, as in the
/// Falco community's template) becomes the date, <c>{{mc}}</c> the MC, <c>{{series}}</c> the series' name;
/// a template without <c>{{mc}}</c> gets the MC on the first empty bullet under its MC heading.
/// </remarks>
public static partial class NextNote
{
    public sealed record Plan(string Path, string Text, DateOnly Date, string? Mc, string Template);

    public const string BuiltInTemplate = """
        # {{series}}

        ## {{date}}

        ### MC

        - {{mc}}

        ### Who joined

        - Your Name ([@your-handle](https://github.com/your-handle))

        ### Agenda

        - 

        ### Closing

        - **MC Next Call**:

        """;

    /// <param name="today">The day it is, for the default date: the series' first regular date from today on.</param>
    public static Plan Make(string contentDirectory, Archive archive, string series, DateOnly? date, DateOnly today)
    {
        var calls = archive.Meetings.Where(m => m.Series == series).ToList();
        var name = archive.Series.FirstOrDefault(s => s.Slug == series)?.Name ?? Parsing.SeriesNames.FromFrontMatter(series).Name;
        // A note dated after today is the next call's draft (run twice, `new` would otherwise date a second
        // draft a week after the first). A call dated today is the one just held: the next one follows it.
        if (date is null && calls.Count > 0 && calls[^1].Date > today)
            throw new InvalidOperationException(
                $"the next '{series}' call already has a note: {calls[^1].Source.File}, dated {Iso(calls[^1].Date)}; edit it, or pass --date yyyy-mm-dd to write another call");
        var day = date ?? NextRegularDate(calls.Select(m => m.Date).ToList(), today)
            ?? throw new InvalidOperationException($"the archive has no '{series}' call to follow; pass --date yyyy-mm-dd");
        var mc = calls.Count > 0 ? calls[^1].NextMc.Select(key => MentionOf(archive.PeopleByKey[key])).FirstOrDefault() : null;

        var (templateText, templateName) = Template(contentDirectory, series);
        var text = Fill(templateText, day, mc, name);
        // The archive's main series (the one with most calls) keeps the plain file name its notes have.
        var file = archive.Series.Count == 0 || series == archive.Series[0].Slug ? $"{Iso(day)}.md" : $"{Iso(day)}-{series}.md";
        return new Plan(System.IO.Path.Combine(contentDirectory, file), text, day, mc, templateName);
    }

    /// <summary>The last call plus the series' usual gap (the median of its last eight), moved on until it is not in the past.</summary>
    public static DateOnly? NextRegularDate(IReadOnlyList<DateOnly> dates, DateOnly today)
    {
        if (Cadence.NextAfterLast(dates) is not { } next) return null;
        var interval = Cadence.UsualGapDays(dates);
        while (next < today) next = next.AddDays(interval);
        return next;
    }

    private static string MentionOf(Person person) =>
        person.GitHub is { } handle ? $"{person.Name} ([@{handle}](https://github.com/{handle}))" : person.Name;

    private static (string Text, string Name) Template(string contentDirectory, string series)
    {
        var folder = new ContentFolder(contentDirectory);
        foreach (var name in new[] { series + ".md", "default.md" })
        {
            var relative = $"{ContentFolder.TemplatesFolder}/{name}";
            if (!folder.Has(relative)) continue;
            var diagnostics = new Diagnostics.DiagnosticBag();
            var bytes = folder.Read(relative, SiteSettings.DefaultMaxNoteBytes, diagnostics);
            var text = bytes is null ? null : TextDecoding.Decode(relative, bytes, diagnostics);
            return (text ?? throw new InvalidOperationException(string.Join("; ", diagnostics.Sorted())), relative);
        }
        return (BuiltInTemplate, "the built-in template");
    }

    private static string Fill(string template, DateOnly date, string? mc, string seriesName)
    {
        var text = template.Replace("{{date}}", Iso(date)).Replace("YYYY-MM-DD", Iso(date)).Replace("{{series}}", seriesName);
        if (text.Contains("{{mc}}")) return text.Replace("{{mc}}", mc ?? "");
        if (mc is null) return text;
        // Falco's template: "### MC" followed by an empty "- " bullet.
        var match = EmptyMcBullet().Match(text);
        return match.Success ? text[..match.Groups["bullet"].Index] + "- " + mc + text[(match.Groups["bullet"].Index + match.Groups["bullet"].Length)..] : text;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^#+\s*MC\s*\n(?:[ \t]*\n)*(?<bullet>[ \t]*-[ \t]*)$", RegexOptions.Multiline)]
    private static partial Regex EmptyMcBullet();
}
