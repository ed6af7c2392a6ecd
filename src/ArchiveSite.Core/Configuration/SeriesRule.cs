using System.Text;
using System.Text.RegularExpressions;

namespace ArchiveSite.Configuration;

/// <summary>
/// One <c>series:</c> entry of archive.yml: the notes it takes (a path glob, a title pattern, or both: either
/// matching is enough) and the series they belong to, so that a committee renamed over the years stays one
/// series. The first rule that matches a note wins; notes no rule takes are placed by inference.
/// </summary>
/// <remarks>
/// Patterns come from pull requests, so they run on .NET's non-backtracking engine: linear in the text, whatever
/// the pattern.
/// </remarks>
/// <param name="Slug">The series' slug, as in its /series/SLUG/ page.</param>
public sealed record SeriesRule(string Slug, string Name, Regex? Title, Regex? Path)
{
    private static readonly TimeSpan NoTimeout = Regex.InfiniteMatchTimeout;

    public bool Matches(string file, string? title) =>
        (Path is not null && Path.IsMatch(file)) || (Title is not null && title is not null && Title.IsMatch(title));

    /// <summary>A case-insensitive title pattern (a .NET regular expression: <c>community call|^release</c>).</summary>
    public static Regex TitlePattern(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, NoTimeout);

    /// <summary>A path glob relative to the content folder: <c>*</c> within a folder, <c>**</c> across folders, <c>?</c> one character.</summary>
    public static Regex PathGlob(string glob)
    {
        var pattern = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" matches no folder too: "**/x.md" takes "x.md".
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                pattern.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*') pattern.Append("[^/]*");
            else if (c == '?') pattern.Append("[^/]");
            else pattern.Append(Regex.Escape(c.ToString()));
        }
        return new Regex(pattern.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, NoTimeout);
    }
}
