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

    public readonly record struct Result(IReadOnlyList<string> Nicknames, string Rest);

    public static Result Read(string firstLine)
    {
        var m = LeadingTag().Match(firstLine);
        if (!m.Success) return new Result([], firstLine.Trim());
        var inner = Parenthetical().Replace(m.Groups["tag"].Value, " ").Trim();
        // "[ ]" and "[x]" are task-list boxes, not people.
        if (inner.Length == 0 || inner.Equals("x", StringComparison.OrdinalIgnoreCase))
            return new Result([], firstLine.Trim());
        var names = Separator().Split(inner)
            .Select(n => n.Trim().TrimStart('@'))
            .Where(n => n.Length > 0 && n.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3)
            .ToList();
        return new Result(names, firstLine[(m.Index + m.Length)..].Trim());
    }
}
