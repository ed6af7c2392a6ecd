using System.Text;
using ArchiveSite.Diagnostics;
using ArchiveSite.Loading;
using ArchiveSite.Parsing;

namespace ArchiveSite.Authoring;

/// <summary>
/// <c>init</c> at a repository's root: which Markdown files a first build with no settings could not date, and
/// so which <c>exclude:</c> globs let it succeed. An undated file is another kind of document (a charter, a
/// policy, slide notes) unless it looks like minutes (a roster or an agenda): then it is named on its own, to be
/// dated, never folded into a folder's glob. A folder whose every note is an undated document is one glob.
/// </summary>
public static class MinutesSurvey
{
    /// <summary>One <c>exclude:</c> entry: the glob, how many files it leaves out, and why (written as its comment).</summary>
    public sealed record Exclusion(string Glob, int Files, string Why, bool LooksLikeMinutes);

    public const string OtherDocument = "no date, no roster, no agenda";

    public const string UndatedMinutes = "looks like minutes (a roster or an agenda) but has no date in any form understood: date it as the README says, then remove this line";

    /// <param name="notes">Every Markdown file the folder holds that the default selection reads.</param>
    /// <param name="diagnostics">What a build with no settings found.</param>
    public static IReadOnlyList<Exclusion> Exclusions(ContentFolder folder, IReadOnlyList<string> notes, IReadOnlyList<Diagnostic> diagnostics, long maxNoteBytes)
    {
        var undated = diagnostics.Where(d => d.Severity == Severity.Error && d.Message == NoteParser.NoDateMessage)
            .Select(d => d.File).ToHashSet(StringComparer.Ordinal);
        var minutesLike = undated.Where(file => LooksLikeMinutes(folder, file, maxNoteBytes)).ToHashSet(StringComparer.Ordinal);
        var documents = undated.Except(minutesLike).ToHashSet(StringComparer.Ordinal);

        // A folder is one glob when every note under it is an undated document: count, per folder, its notes and those.
        var notesUnder = new Dictionary<string, (int All, int Documents)>(StringComparer.Ordinal);
        foreach (var note in notes)
            foreach (var parent in Parents(note))
            {
                var (all, docs) = notesUnder.GetValueOrDefault(parent);
                notesUnder[parent] = (all + 1, docs + (documents.Contains(note) ? 1 : 0));
            }
        var exclusions = new List<Exclusion>();
        var byGlob = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents.Order(StringComparer.Ordinal))
        {
            // The highest folder that holds only undated documents ("charter/" rather than "charter/2019/").
            var glob = Parents(document).Reverse().FirstOrDefault(p => notesUnder[p] is var n && n.All == n.Documents) is { } whole
                ? whole + "/" : Escaped(document);
            byGlob[glob] = byGlob.GetValueOrDefault(glob) + 1;
        }
        exclusions.AddRange(byGlob.Select(g => new Exclusion(g.Key, g.Value, OtherDocument, false)));
        exclusions.AddRange(minutesLike.Select(file => new Exclusion(Escaped(file), 1, UndatedMinutes, true)));
        return [.. exclusions.OrderBy(e => e.LooksLikeMinutes).ThenBy(e => e.Glob, StringComparer.Ordinal)];
    }

    /// <summary>"a/b/c.md" → "a/b", "a" (nearest first); none for a file at the top.</summary>
    private static IEnumerable<string> Parents(string relative)
    {
        for (var slash = relative.LastIndexOf('/'); slash > 0; slash = relative.LastIndexOf('/', slash - 1))
            yield return relative[..slash];
    }

    // A file's path as a glob that matches only it: the glob characters in a name are matched by '?'.
    private static string Escaped(string relative) =>
        (relative.Contains('/', StringComparison.Ordinal) ? "" : "/") + string.Concat(relative.Select(c => c is '*' or '?' or '[' or ']' ? '?' : c));

    /// <summary>A roster label or an agenda heading on a line of its own ("## Attendees", "**Present:**", "Agenda:").</summary>
    private static bool LooksLikeMinutes(ContentFolder folder, string file, long maxNoteBytes)
    {
        if (folder.Read(file, maxNoteBytes, new DiagnosticBag()) is not { } bytes) return false;
        foreach (var line in Encoding.UTF8.GetString(bytes).Split('\n'))
        {
            var label = line.Trim().TrimStart('#', '*', '_', ' ').TrimEnd('*', '_', ' ', '\r').TrimEnd(':');
            if (label.Length is 0 or > 40) continue;
            if (SectionKinds.Classify(label) != SectionKind.Content) return true;
            if (label.Equals("agenda", StringComparison.OrdinalIgnoreCase) || label.Equals("action items", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
