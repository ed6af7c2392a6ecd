using System.Globalization;
using System.Text;
using ArchiveSite.Model;

namespace ArchiveSite.Authoring;

/// <summary>
/// <c>archive-site init</c>: a starting <c>archive.yml</c> and <c>people.yml</c> for a folder of notes read with
/// no settings. archive.yml states what was inferred (the default repository, the repositories the notes link,
/// one rule per series), so that it stays true when later notes change their titles; people.yml lists, as
/// commented suggestions, the people written without a handle, the nicknames nobody matches, and the people who may
/// be one person under two names (<see cref="PossibleMerges"/>).
/// </summary>
public static class StarterSettings
{
    public sealed record Files(string ArchiveYml, string PeopleYml, IReadOnlyList<string> Found);

    /// <param name="exclusions">What a first build could not date (<see cref="MinutesSurvey"/>), written as exclude:.</param>
    public static Files Write(Archive archive, int notes, IReadOnlyList<MinutesSurvey.Exclusion> exclusions)
    {
        var found = new List<string>
        {
            $"{Count(notes)} notes, {Count(archive.Meetings.Count)} calls, {Count(archive.Series.Count)} series, {Count(archive.People.Count)} people, {Count(archive.References.Count)} PRs and issues",
        };
        var byDefault = archive.LeftOut.Where(l => Configuration.NoteSelection.DefaultExcludes.Any(g => l.Why == $"exclude {g}")).Select(l => l.File).ToList();
        if (byDefault.Count > 0)
            found.Add($"left out by default: {string.Join(", ", byDefault.Take(8))}{(byDefault.Count > 8 ? $" and {Count(byDefault.Count - 8)} more" : "")}");
        return new Files(ArchiveYml(archive, notes, exclusions, found), PeopleYml(archive, found), found);
    }

    private static string ArchiveYml(Archive archive, int notes, IReadOnlyList<MinutesSurvey.Exclusion> exclusions, List<string> found)
    {
        var yml = new StringBuilder();
        yml.AppendLine(CultureInfo.InvariantCulture, $"# Written by `archive-site init` from {Count(notes)} notes. Every setting is optional (see the README's");
        yml.AppendLine("# archive.yml section); each below states what was read from the notes, so that it stays true as they grow.");
        yml.AppendLine(CultureInfo.InvariantCulture, $"title: {Quoted(Title(archive))}");
        yml.AppendLine("# Where the site is published, for the feed, the sitemap and canonical links:");
        yml.AppendLine("# base_url: https://OWNER.github.io/REPO/");
        yml.AppendLine("# The notes folder on GitHub, for \"view source\" links:");
        yml.AppendLine("# source_url: https://github.com/OWNER/REPO/blob/main/FOLDER");
        if (exclusions.Count > 0)
        {
            yml.AppendLine("# Markdown files a build could not date, so not read as minutes (README*, CONTRIBUTING*, LICENSE*,");
            yml.AppendLine("# CODE_OF_CONDUCT*, *template*, .github/ and node_modules/ are left out anyway; include: would name the minutes instead):");
            yml.AppendLine("exclude:");
            foreach (var exclusion in exclusions)
            {
                var files = exclusion.Glob.EndsWith('/') ? $"{Count(exclusion.Files)} {(exclusion.Files == 1 ? "file" : "files")}: " : "";
                yml.AppendLine(CultureInfo.InvariantCulture, $"  - {Quoted(exclusion.Glob)}   # {files}{exclusion.Why}");
                found.Add($"left out {exclusion.Glob}{(files.Length > 0 ? $" ({files.TrimEnd(' ', ':')})" : "")}: {exclusion.Why}");
            }
        }

        var linked = archive.References
            .SelectMany(r => r.Mentions.Where(m => m.Mention.Kind != ReferenceKind.Unknown).Select(_ => r.Key.Repository))
            .CountBy(r => r, StringComparer.Ordinal).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        if (linked.Count > 0)
        {
            yml.AppendLine("github:");
            yml.AppendLine(CultureInfo.InvariantCulture, $"  # The repository the notes link most ({Count(linked[0].Value)} links): where a bare #123 points.");
            yml.AppendLine(CultureInfo.InvariantCulture, $"  default_repo: {Quoted(linked[0].Key)}");
            yml.AppendLine("  # Every repository the notes link, most linked first; `check` warns about references elsewhere.");
            yml.AppendLine("  repositories:");
            foreach (var (repository, links) in linked)
                yml.AppendLine(CultureInfo.InvariantCulture, $"    - {Quoted(repository)}   # {Count(links)} links");
            found.Add($"default repository {linked[0].Key} ({Count(linked[0].Value)} links), {Count(linked.Count)} repositories linked");
        }

        var calls = archive.Meetings.CountBy(m => m.Series).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var rules = archive.Series
            .Select(s => (Series: s, Guess: archive.InferredSeries.GetValueOrDefault(s.Slug)))
            .Where(x => x.Guess is { PathGlob: not null } or { TitlePattern: not null })
            .ToList();
        if (rules.Count > 0)
        {
            yml.AppendLine("# One rule per series found: the first rule that takes a note (by path glob or title pattern) names its");
            yml.AppendLine("# series, so a committee renamed over the years stays one series. Rename, merge or add rules freely.");
            yml.AppendLine("series:");
            foreach (var (series, guess) in rules)
            {
                var rule = guess!.PathGlob is { } glob ? $"path: {Quoted(glob)}" : $"title: {Quoted(guess.TitlePattern!)}";
                yml.AppendLine(CultureInfo.InvariantCulture, $"  - {{ name: {Quoted(series.Name)}, slug: {Quoted(series.Slug)}, {rule} }}   # {Calls(calls.GetValueOrDefault(series.Slug))}, from {Comment(guess.From)}");
            }
            found.Add("series: " + string.Join(", ", rules.Select(r => $"{r.Series.Name} ({Count(calls.GetValueOrDefault(r.Series.Slug))})")));
        }
        return yml.ToString();
    }

    private static string PeopleYml(Archive archive, List<string> found)
    {
        var yml = new StringBuilder();
        yml.AppendLine("# Written by `archive-site init`. Who is who where the notes alone cannot tell (see the README's people.yml");
        yml.AppendLine("# section). Every entry below is a commented suggestion: fill in the handle, uncomment, and build again.");
        var calls = archive.AppearancesByPerson.ToDictionary(p => p.Key, p => p.Value.Select(a => a.MeetingId).Distinct().Count(), StringComparer.Ordinal);
        var nameOnly = archive.People.Where(p => p.GitHub is null)
            .OrderByDescending(p => calls.GetValueOrDefault(p.Key)).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        if (nameOnly.Count > 0)
        {
            yml.AppendLine();
            yml.AppendLine("# Written without a GitHub handle in every call they are in (the handle gives them a profile link):");
            foreach (var person in nameOnly)
                yml.AppendLine(CultureInfo.InvariantCulture, $"# HANDLE: {{ name: {Quoted(person.Name)} }}   # {Calls(calls.GetValueOrDefault(person.Key))}");
            found.Add($"{Count(nameOnly.Count)} people written without a handle");
        }
        var nicknames = archive.Meetings.SelectMany(m => m.Agenda).SelectMany(a => a.UnknownPresenters)
            .CountBy(n => n, StringComparer.OrdinalIgnoreCase).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        if (nicknames.Count > 0)
        {
            yml.AppendLine();
            yml.AppendLine("# Presenter nicknames nobody matches: add each to the aliases of the person it means.");
            foreach (var (nickname, times) in nicknames)
                yml.AppendLine(CultureInfo.InvariantCulture, $"# HANDLE: {{ name: NAME, aliases: [{Quoted(nickname)}] }}   # [{Comment(nickname)}] {Count(times)} times");
            found.Add($"{Count(nicknames.Count)} presenter nicknames nobody matches");
        }
        var merges = PossibleMerges.Find(archive.People, calls);
        if (merges.Count > 0)
        {
            yml.AppendLine();
            yml.AppendLine("# Possibly one person under two names (a misspelt form, or the first words of a fuller name): to make them one");
            yml.AppendLine("# page, uncomment the entry, fill in the handle, and build again. Leave it if they are two people.");
            foreach (var merge in merges)
            {
                var aliases = string.Join(", ", merge.Forms.Select(f => Quoted(f.Name)));
                var seen = string.Join(", ", merge.Forms.Prepend(merge.Into).Select(p => $"{Comment(p.Name)} {Calls(calls.GetValueOrDefault(p.Key))}"));
                yml.AppendLine(CultureInfo.InvariantCulture, $"# {merge.Into.GitHub ?? "HANDLE"}: {{ name: {Quoted(merge.Into.Name)}, aliases: [{aliases}] }}   # {seen}");
            }
            found.Add($"{Count(merges.Count)} people who may also be written another way");
        }
        return yml.ToString();
    }

    // The project's name when most titles start with it ("Falco Meeting Archive"), else a plain title.
    private static string Title(Archive archive)
    {
        var titles = archive.Meetings.Select(m => m.Title).Where(t => t.Length > 0).ToList();
        var words = Parsing.SeriesNames.ProjectWords(titles);
        if (words.Count == 0) return "Meeting Archive";
        var first = titles.First(t => t.StartsWith(words[0], StringComparison.OrdinalIgnoreCase));
        var project = string.Join(' ', first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(words.Count));
        return $"{project} Meeting Archive";
    }

    // Everything written from note text is a double-quoted scalar or a comment, on one line. YAML ends a line at
    // U+0085, U+2028 and U+2029 too, so a title holding one would otherwise start a setting of its own
    // (`Widget Sync<U+2028>theme: .assets #`): those and every control character are escaped in scalars and
    // dropped from comments.
    private static string Quoted(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\') quoted.Append('\\').Append(c);
            else if (BreaksLine(c)) quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }

    private static string Comment(string text) => string.Concat(text.Where(c => !BreaksLine(c)));

    private static bool BreaksLine(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF';

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Calls(int n) => n == 1 ? "1 call" : $"{Count(n)} calls";
}
