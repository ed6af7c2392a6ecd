using ArchiveSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Configuration;

/// <summary>
/// The keys archive.yml and people.yml may hold, and where. A key the tool does not know is an error naming its
/// line and the nearest known key (<c>unknown setting 'titel' (did you mean 'title'?)</c>): a typo would
/// otherwise publish a site without the setting, and nobody would be told. The README's settings reference is
/// tested against these lists (tests/.../SettingsSchemaTests).
/// </summary>
public static class SettingsSchema
{
    /// <summary>archive.yml's top level. default_repo, default_owner and repositories are also read at the top level, as older files wrote them.</summary>
    public static readonly IReadOnlyList<string> Top =
    [
        "title", "base_url", "source_url", "github", "series", "theme", "symlinks", "max_note_size", "topic_tags",
        "include", "exclude", "default_excludes", "default_repo", "default_owner", "repositories",
    ];

    public static readonly IReadOnlyList<string> GitHub = ["default_repo", "default_owner", "repositories", "host"];

    public static readonly IReadOnlyList<string> SeriesRule = ["name", "slug", "path", "title"];

    /// <summary>A person's entry in people.yml (under their handle).</summary>
    public static readonly IReadOnlyList<string> Person = ["name", "aliases", "github"];

    /// <summary>An alias written as a mapping.</summary>
    public static readonly IReadOnlyList<string> Alias = ["name", "alias", "from", "until"];

    /// <summary>Reports every key of <paramref name="map"/> not in <paramref name="known"/>.</summary>
    /// <param name="where">What the mapping is, for the message ("setting", "key of github:", …).</param>
    public static void Check(YamlMappingNode map, IReadOnlyList<string> known, string file, string where, DiagnosticBag diagnostics)
    {
        foreach (var key in map.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || known.Contains(name, StringComparer.Ordinal)) continue;
            var nearest = Nearest(name, known);
            diagnostics.Add(Diagnostic.Error(file, key.Line(), (int)key.Start.Column,
                $"unknown {where} '{Shown(name)}'{(nearest is null ? "" : $" (did you mean '{nearest}'?)")}; the known ones are {string.Join(", ", known)}"));
        }
    }

    /// <summary>The known key a typo most likely meant: at most a third of its letters off, case and '-' for '_' aside.</summary>
    public static string? Nearest(string name, IReadOnlyList<string> known)
    {
        var written = name.ToLowerInvariant().Replace('-', '_');
        if (written.Length > 64) return null;
        return known.Select(k => (Key: k, Distance: Distance(written, k)))
            .Where(x => x.Distance <= Math.Max(1, Math.Max(written.Length, x.Key.Length) / 3))
            .OrderBy(x => x.Distance).ThenBy(x => x.Key, StringComparer.Ordinal).Select(x => x.Key).FirstOrDefault();
    }

    // Levenshtein distance with transpositions counted as one edit (optimal string alignment).
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    private static string Shown(string text) => text.Length <= 60 ? text : Text.TextElements.Prefix(text, 57) + "...";
}
