using System.Text.RegularExpressions;

namespace ArchiveSite.Markdown.Presenters;

/// <summary>
/// Reads the presenter tag that opens an agenda item: <c>[leogr]</c>, <c>[Lore/Nova]</c>, <c>[lore,leo]</c>,
/// <c>[Nestor (on Slack)]</c>. Returns the nicknames as written; resolving them to people is the resolver's job.
/// </summary>
public static partial class PresenterTags
{
    // A bracketed tag at the start that is not the text of a link ("[pdig](...)" or "[x][ref]").
    [GeneratedRegex(@"^\s*\[(?<tag>[^\[\]]{1,80})\](?![(\[:])")]
    private static partial Regex LeadingTag();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"\s*(?:/|,|&|\+|\band\b)\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"(?<=\s)@(?<h>[A-Za-z0-9][A-Za-z0-9-]{0,38})\b")]
    private static partial Regex HandleInside();

    // Words that tag a group, not a presenter: "[everyone] ok with the layered approach"; and the minutes' own markers,
    // "[ACTION] Bo to draft the announcement", "[DECISION] …", "[TODO] …": what the line is, not who brought it.
    private static readonly HashSet<string> NoPresenter = new(StringComparer.OrdinalIgnoreCase)
    {
        "all", "everyone", "everybody", "others", "team", "group", "maintainers", "community", "tbd",
        "action", "actions", "action item", "action items", "ai", "todo", "to do", "decision", "decisions", "decided", "agreed",
        "resolved", "resolution", "note", "notes", "fyi", "info", "update", "updates", "wip", "done", "blocked", "question",
    };

    // The small words inside names ("Federico di Pierro", "Marius van der Wijden"): lower case, yet a name.
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
        { "de", "di", "da", "del", "della", "der", "den", "du", "dos", "das", "la", "le", "van", "von", "ter", "ten", "bin", "al", "y" };

    // "[cosmos.gl]", "[node.js]": a project or a site, not a person (handles have no dots).
    [GeneratedRegex(@"\p{L}\.\p{Ll}{2,}$")]
    private static partial Regex DomainLike();

    /// <summary>
    /// A name, a nickname or a handle: one word that is no domain, or two or three words each capitalised but
    /// the particles names have ("[Leonardo Grasso]", "[Federico di Pierro]"); not "[Circle back]" or "[bonus point]".
    /// </summary>
    private static bool IsPersonLike(string tag)
    {
        var words = tag.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 3) return false;
        // "[00:02:10]", "[#1234]": a time or a number, not a name.
        if (words.Length == 1) return !DomainLike().IsMatch(tag) && tag.Any(char.IsLetter) && !tag.Contains(':', StringComparison.Ordinal);
        return char.IsUpper(words[0][0]) && words.Skip(1).All(w => char.IsUpper(w[0]) || NameParticles.Contains(w));
    }

    /// <param name="Tagged">Whether the line opens with a tag at all, naming people or not (<c>[Build/Infra call]</c>).</param>
    public readonly record struct Result(IReadOnlyList<string> Nicknames, string Rest, bool Tagged = false);

    public static Result Read(string firstLine)
    {
        var m = LeadingTag().Match(firstLine);
        if (!m.Success) return new Result([], firstLine.Trim());
        var inner = Parenthetical().Replace(m.Groups["tag"].Value, " ").Trim();
        // "[ ]" and "[x]" are task-list boxes, not people.
        if (inner.Length == 0 || inner.Equals("x", StringComparison.OrdinalIgnoreCase))
            return new Result([], firstLine.Trim());
        // "[Melissa Kilby @incertum]": the handle is who it is.
        if (HandleInside().Match(inner) is { Success: true } handle) inner = handle.Groups["h"].Value;
        // A list of names ("[Lore/Nova]", "[Leo & team]"), or a note in brackets ("[Robin to add context/update/notes
        // on the discussion]"), whose words are no presenters even where a separator leaves one alone.
        var parts = Separator().Split(inner).Select(n => n.Trim().TrimStart('@')).Where(n => n.Length > 0 && !NoPresenter.Contains(n)).ToList();
        var names = parts.All(IsPersonLike) ? parts : [];
        return new Result(names, firstLine[(m.Index + m.Length)..].Trim(), Tagged: true);
    }
}
