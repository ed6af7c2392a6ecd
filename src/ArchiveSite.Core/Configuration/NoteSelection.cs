using System.Text.RegularExpressions;

namespace ArchiveSite.Configuration;

/// <summary>
/// Which Markdown files of the content folder are minutes: archive.yml's <c>include:</c> (when given, a note must
/// match one of its globs) and <c>exclude:</c> (a note matching one is left out), after the defaults that leave
/// out what is evidently not minutes (README, CONTRIBUTING, LICENSE, CODE_OF_CONDUCT, anything named like a
/// template, .github/, node_modules/). A glob without '/' matches a file name in any folder; one with '/' (or starting with
/// it, as in .gitignore) the path from the content folder (<c>*</c> within a folder, <c>**</c> across folders, <c>?</c> one character); one ending in
/// '/' a folder and all below it. Files and folders starting with '_' or '.', and the top-level templates/
/// (the templates of <c>new</c>), are never notes. What is left out is said by <c>check</c>, never silently.
/// </summary>
public sealed class NoteSelection
{
    public static readonly IReadOnlyList<string> DefaultExcludes =
        ["README*", "CONTRIBUTING*", "LICENSE*", "CODE_OF_CONDUCT*", "*template*", ".github/", "node_modules/"];

    private readonly List<(string Glob, Regex Pattern)> _include;
    private readonly List<(string Glob, Regex Pattern)> _exclude;

    /// <exception cref="NotSupportedException">A glob too large for the linear engine (archive.yml's reader reports it).</exception>
    public NoteSelection(IReadOnlyList<string> include, IReadOnlyList<string> exclude, bool defaultExcludes = true)
    {
        _include = include.Select(g => (g, Compile(g))).ToList();
        _exclude = (defaultExcludes ? DefaultExcludes.Concat(exclude) : exclude).Select(g => (g, Compile(g))).ToList();
    }

    public static readonly NoteSelection Default = new([], []);

    /// <summary>Whether the note is read; when not, the glob that left it out ("not in include:" when none took it).</summary>
    public bool Keeps(string relative, out string? leftOutBy)
    {
        leftOutBy = null;
        if (_include.Count > 0 && !_include.Exists(g => g.Pattern.IsMatch(relative)))
        {
            leftOutBy = "not in include:";
            return false;
        }
        foreach (var (glob, pattern) in _exclude)
        {
            if (!pattern.IsMatch(relative)) continue;
            leftOutBy = $"exclude {glob}";
            return false;
        }
        return true;
    }

    /// <summary>A glob as a pattern over relative paths (see the class).</summary>
    public static Regex Compile(string glob)
    {
        var anchored = glob.Trim().StartsWith('/');
        var path = glob.Trim().TrimStart('/');
        if (path.EndsWith('/')) path += "**";
        if (!anchored && !path.Contains('/', StringComparison.Ordinal)) path = "**/" + path;
        return SeriesRule.PathGlob(path);
    }
}
