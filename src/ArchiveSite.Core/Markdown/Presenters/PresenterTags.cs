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

    // Words that tag a group, not a presenter: "[everyone] ok with the layered approach".
    private static readonly HashSet<string> GroupWords = new(StringComparer.OrdinalIgnoreCase)
        { "all", "everyone", "everybody", "others", "team", "group", "maintainers", "community", "tbd" };

    /// <summary>
    /// A name, a nickname or a handle: at most three words, not a group word, and not several lower-case
    /// words ("[container image]", "[bonus point]"): people's names are capitalised, and handles are one word.
    /// </summary>
    private static bool IsPersonLike(string tag)
    {
        var words = tag.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 3 || GroupWords.Contains(tag)) return false;
        return words.Length == 1 || words.Any(w => char.IsUpper(w[0]));
    }

    public readonly record struct Result(IReadOnlyList<string> Nicknames, string Rest);

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
        var names = Separator().Split(inner)
            .Select(n => n.Trim().TrimStart('@'))
            .Where(IsPersonLike)
            .ToList();
        return new Result(names, firstLine[(m.Index + m.Length)..].Trim());
    }
}
