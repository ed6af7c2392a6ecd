using System.Globalization;
using System.Text.RegularExpressions;
using ArchiveSite.Model;
using ArchiveSite.Text;

namespace ArchiveSite.Parsing;

/// <summary>
/// The series a note belongs to when no rule of archive.yml and no front matter says: its folder (never a
/// year folder), else its file name without the date (<c>wasmtime-05-08.md</c> → Wasmtime, <c>CG-01-30.md</c> →
/// CG, <c>2020-01-21-new-contributors.md</c> → New Contributors), else its title without dates, ordinals and
/// asides (<c># Falco Office hours - Meeting 6th June 2019</c> → Office Hours), less the project's own name,
/// which <see cref="ProjectWords"/> finds at the start of most titles. A note that says nothing is in <see cref="Default"/>.
/// </summary>
public static partial class SeriesNames
{
    public static readonly Series Default = new("meetings", "Meetings");

    // Words that say "a meeting" (or a section of one) rather than which one, and the words between dates.
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "meeting", "meetings", "minutes", "notes", "note", "agenda", "the", "of", "for", "and", "a", "an", "on", "mtg",
        "to", "from", "through", "until", "links", "attendees", "present", "attendance", "participants",
        "agendas", "date", "time", "dates",
    };

    /// <summary>Whether a title only says "a meeting" (<c>Meeting notes</c>, <c>Minutes</c>, <c>Agenda</c>), naming none.</summary>
    public static bool SaysOnlyMeeting(string title)
    {
        var words = title.Split([' ', '-', '–', '—', ':', '/', '&', ',', '.', '(', ')', '#', '*', '_'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(Generic.Contains);
    }

    // Group words written before or after a group's name, one series either way: "WG Infra", "Infra WG", "Infra Working Group".
    private static readonly HashSet<string> GroupWords = new(StringComparer.OrdinalIgnoreCase) { "wg", "sig", "tf", "tg", "ig", "cg" };

    // Words a folder's name uses to say what a repository keeps there, or how old it is, not which meeting: a site
    // generator's content/, a docs/ folder, archive/ and old/ hold a series' notes, they name none.
    private static readonly HashSet<string> HoldingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "content", "contents", "docs", "doc", "documentation", "pages", "posts", "src", "source", "site", "website", "markdown", "md",
        "files", "public", "archive", "archives", "archived", "old", "older", "past", "previous", "backup", "backups", "history", "drafts",
    };

    // Words a file name uses to say what the file is (release-0.28.0.md, archive-2020.md, notes-copy.md), not
    // which meeting it holds: such a name leaves the series to the title.
    private static readonly HashSet<string> FileWords = new(StringComparer.OrdinalIgnoreCase)
        { "release", "releases", "archive", "archived", "old", "backup", "copy", "draft", "final", "v" };

    /// <param name="groupsNotes">Whether a folder holds notes enough to be a series (a folder of one note is not, unless nothing else in its note names one).</param>
    public static SeriesGuess Infer(string file, string? title, IReadOnlyList<string> projectWords, Func<string, bool>? groupsNotes = null)
    {
        var folder = SeriesFolder(file);
        if (folder is not null && (groupsNotes?.Invoke(folder) ?? true) && FolderSeries(folder, title) is { } fromFolder)
            return fromFolder;
        var segments = file.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        // The words after the date name the meeting ("2020-01-21-new-contributors"); else the words before it
        // ("wasmtime-05-08", "T-compiler Meeting Agenda 2024-06-06"). Before and after, a name may be noise:
        // "docs(meeting-notes): 2024-09-05-Falco-Core-Maintainers.md" was named after a commit message.
        var fileName = Path.GetFileNameWithoutExtension(segments[^1]);
        var dates = DatePart().Matches(fileName);
        var parts = dates.Count == 0 ? [fileName] : new[] { fileName[(dates[^1].Index + dates[^1].Length)..], fileName[..dates[0].Index] };
        foreach (var part in parts)
        {
            // A month's name in a file name ("gb-march.md") dates it; it names no meeting.
            var name = string.Join(' ', Words(DatePart().Replace(part, " ")).Where(w => !MonthFolder().IsMatch(w) || w.All(char.IsAsciiDigit)));
            if (Named(name, projectWords, skip: FileWords) is { } fromFile)
                return new SeriesGuess(fromFile with { Name = SpelledAsTitled(fromFile.Name, title) }, $"file names like {segments[^1]}", $"**/*{name.Trim(' ', '-', '_', '.')}*", null);
        }
        if (title is not null && Named(CleanTitle(title), projectWords) is { } fromTitle)
            return new SeriesGuess(fromTitle, $"titles like \"{title}\"", null,
                string.Join(@"\W+", fromTitle.Name.Split(' ').Select(w => Regex.Escape(w.ToLowerInvariant()))));
        // The first note of a new group's folder ("cpc/2024-01-12.md" beside "tsc/" and "wg-security/") names nothing
        // else: its folder says more of it than the busiest series it would otherwise join.
        if (folder is not null && FolderSeries(folder, title) is { } fromLoneFolder)
            return fromLoneFolder;
        return new SeriesGuess(Default, "notes that name no series", null, null);
    }

    private static SeriesGuess? FolderSeries(string folder, string? title) =>
        Named(folder[(folder.LastIndexOf('/') + 1)..], [], keepNumbers: true) is { } named
            ? new SeriesGuess(named with { Name = SpelledAsTitled(named.Name, title) }, $"folder {folder}/", folder + "/**", null)
            : null;

    /// <summary>
    /// A name made of a file or folder name's words, with the capitals the note's title gives them ("tsc-2024-03-05.md" titled "TSC
    /// Meeting" is TSC, not Tsc; "WebAssembly"; but "Office Hours" stays so under "Office hours"); a short word no title
    /// spells, without a vowel, is an acronym ("gb" is GB).
    /// </summary>
    private static string SpelledAsTitled(string name, string? title)
    {
        var titled = title is null ? [] : Words(title).ToList();
        return string.Join(' ', name.Split(' ').Select(word =>
            titled.FirstOrDefault(t => t.Equals(word, StringComparison.OrdinalIgnoreCase) && t.Count(char.IsUpper) > word.Count(char.IsUpper))
            ?? (word.Length is >= 2 and <= 4 && word.All(char.IsAsciiLetter) && !word.Any(c => "aeiouyAEIOUY".Contains(c)) && !titled.Any(t => t.Equals(word, StringComparison.OrdinalIgnoreCase))
                ? word.ToUpperInvariant() : word)));
    }

    /// <summary>The path of the nearest folder above a note that is not a year folder; null at the top.</summary>
    /// <remarks>A folder whose name only says "meeting notes" (<c>meeting-notes</c>, <c>minutes</c>), or what a repository
    /// keeps there or how old it is (<c>content/</c>, <c>docs/</c>, <c>archive/</c>), names no series: its parent does
    /// (<c>wg-docs/meeting-notes/</c> → Docs WG).</remarks>
    public static string? SeriesFolder(string file)
    {
        var segments = file.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = segments.Length - 2; i >= 0; i--)
        {
            // "2024/03/": a month's folder under a year's is a date too.
            var monthUnderYear = i > 0 && YearFolder().IsMatch(segments[i - 1]) && MonthFolder().IsMatch(segments[i]);
            if (!YearFolder().IsMatch(segments[i]) && !monthUnderYear && !Words(segments[i]).All(w => Generic.Contains(w) || HoldingWords.Contains(w)))
                return string.Join('/', segments[..(i + 1)]);
        }
        return null;
    }

    /// <summary>The series front matter names, by slug (<c>office-hours</c>) or by name (<c>Office Hours</c>).</summary>
    public static Series FromFrontMatter(string text)
    {
        var words = Words(text).ToList();
        if (words.Count == 0) return Default;
        var name = text.Contains(' ', StringComparison.Ordinal) ? text.Trim() : string.Join(' ', words.Select(Capitalized));
        return new Series(Slug.From(text), name);
    }

    /// <summary>
    /// The words most titles start with (the project's name: "Falco" in "Falco Community Call"), when at least
    /// four in five of at least three titles share them and taking them away leaves most titles a name.
    /// </summary>
    public static IReadOnlyList<string> ProjectWords(IReadOnlyCollection<string> titles)
    {
        if (titles.Count < 3) return [];
        var words = titles.Select(t => Slug.Words(CleanTitle(t)).ToList()).ToList();
        var common = new List<string>();
        while (true)
        {
            var at = common.Count;
            var next = words.Where(w => w.Count > at && w.Take(at).SequenceEqual(common, StringComparer.Ordinal))
                .GroupBy(w => w[at], StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .FirstOrDefault();
            if (next is null || next.Count() * 5 < titles.Count * 4) break;
            common.Add(next.Key);
        }
        var leftWithName = words.Count(w => w.Skip(common.Count).Any(x => !Generic.Contains(x) && !x.All(char.IsAsciiDigit)));
        return leftWithName * 2 > titles.Count ? common : [];
    }

    // A folder's numbers tell groups apart (wg-1, wg-2); a title's or a file name's are a session's or a version's.
    private static Series? Named(string text, IReadOnlyList<string> projectWords, bool keepNumbers = false, HashSet<string>? skip = null)
    {
        var words = Words(text).ToList();
        var start = 0;
        while (start < projectWords.Count && start < words.Count && string.Equals(words[start], projectWords[start], StringComparison.OrdinalIgnoreCase)) start++;
        // Only the whole project name is left out ("Falco Community Call" → Community Call), and never all of it.
        if (start < projectWords.Count || start == words.Count) start = 0;
        var kept = words.Skip(start).Where(w => !Generic.Contains(w) && (keepNumbers || !w.All(char.IsAsciiDigit))).ToList();
        // "release-0.28.0" says what the file is; "build-release-infra" names a meeting.
        if (skip is not null && kept.All(skip.Contains)) return null;
        // A single letter ("a.md", "notes-b") names no series.
        if (kept.Count == 0 || kept.Sum(w => w.Length) < 2) return null;
        kept = GroupLast(kept);
        return new Series(Slug.From(string.Join(' ', kept)), string.Join(' ', kept.Select(Capitalized)));
    }

    // "Working Group" is "WG", and a group word goes after the group's name: "WG Infra" and "Infra Working Group" are "Infra WG".
    // A name that is only the group word and a number ("wg-1") or only "Working Group" stays as it is.
    private static List<string> GroupLast(List<string> words)
    {
        if (!words.Any(w => w.Any(char.IsLetter) && !GroupWords.Contains(w) && !w.Equals("working", StringComparison.OrdinalIgnoreCase) && !w.Equals("group", StringComparison.OrdinalIgnoreCase)))
            return words.Select(w => GroupWords.Contains(w) ? w.ToUpperInvariant() : w).ToList();
        var result = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            if (i + 1 < words.Count && words[i].Equals("working", StringComparison.OrdinalIgnoreCase) && words[i + 1].Equals("group", StringComparison.OrdinalIgnoreCase))
            {
                result.Add("WG");
                i++;
            }
            else result.Add(GroupWords.Contains(words[i]) ? words[i].ToUpperInvariant() : words[i]);
        }
        if (result.Count > 1 && GroupWords.Contains(result[0])) result = [.. result.Skip(1), result[0]];
        return result;
    }

    /// <summary>The words of a name as written ("New-Contributors", "CG", "Office hours").</summary>
    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value);

    private static string CleanTitle(string title)
    {
        var text = CallTitle.WithoutDate(title) ?? "";
        text = Aside().Replace(text, " ");
        text = Ordinal().Replace(text, " ");
        // "Meeting notes — January 2024", "Release WG — March": a month's file names its month, and the series is the rest.
        text = MonthOfNotes().Replace(text, " ");
        // "May 08 | Wasmtime Project Bi-Weekly": what a heading names besides its date.
        return text.Contains('|', StringComparison.Ordinal) ? string.Join(' ', text.Split('|').Where(p => !DateText.LooksLikeDate(p.Trim()))) : text;
    }

    // An all-capitals word stays as it is (CG, TSC); others get a capital first letter.
    private static string Capitalized(string word) =>
        word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? word
        : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];

    [GeneratedRegex(@"^(?:19|20)[0-9]{2}(?:[-_.](?:0?[1-9]|1[0-2]))?$")]
    private static partial Regex YearFolder();

    [GeneratedRegex(@"^(?:0?[1-9]|1[0-2]|" + DateText.MonthNames + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFolder();

    // Dates, month-day tails and versions in a file name: 2020-01-21, 2024_03_05, -05-08, -01-30, jul-12, 5-march, 0.28.0, 1.x.
    [GeneratedRegex(@"(?:19|20)[0-9]{2}[-_.]?[0-9]{1,2}[-_.]?[0-9]{1,2}|(?<![A-Za-z])[0-9]{1,2}[-_.][0-9]{1,2}$|(?<![A-Za-z])(?:" + DateText.MonthNames + @")[-_. ]?[0-9]{1,2}(?![0-9A-Za-z])|(?<![0-9A-Za-z])[0-9]{1,2}[-_. ]?(?:" + DateText.MonthNames + @")(?![A-Za-z])|[0-9]+(?:\.(?:[0-9]+|x))+|(?<![A-Za-z])(?:19|20)[0-9]{2}(?![0-9A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex DatePart();

    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]")]
    private static partial Regex Aside();

    // A month's full name, or any month's name before a year ("Jan 2024", "May 2024"): not "May" alone, a word too.
    [GeneratedRegex(@"(?<!\p{L})(?:(?:january|february|march|april|june|july|august|september|october|november|december)(?:\s*,?\s*(?:19|20)[0-9]{2})?|(?:" + DateText.MonthNames + @")\.?\s*,?\s*(?:19|20)[0-9]{2})(?![\p{L}0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex MonthOfNotes();

    [GeneratedRegex(@"\b[0-9]+(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    // "Node.js", "O'Brien": a dot or apostrophe between letters keeps a word whole.
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}
