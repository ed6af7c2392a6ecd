using System.Text.RegularExpressions;

namespace ArchiveSite.Parsing;

/// <summary>
/// Reads one attendee or MC line in any of the spellings the notes use, including broken Markdown:
/// <c>Name ([@handle](https://github.com/handle))</c>, <c>[Name](https://github.com/handle)</c>,
/// <c>Name (@handle)</c>, <c>([@x])(https://github.com/x)</c>, or a name alone.
/// </summary>
public static partial class PersonEntryParser
{
    [GeneratedRegex(@"github\.com/(?<h>[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})(?=[/)\]\s>]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex GitHubProfile();

    // "Name (@handle)", "Name [@handle]", "Name @handle" with nothing after the handle.
    [GeneratedRegex(@"^(?<name>[\p{L}\p{M}.' ]*?)\s*[(\[]?\s*@(?<h>[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\s*[)\]]?\s*$")]
    private static partial Regex NameThenHandle();

    // The link text of "[Name](url)": the name when it is not the handle itself.
    [GeneratedRegex(@"^\s*\[(?<text>[^\]]+)\]\(")]
    private static partial Regex LeadingLinkText();

    // Where a free-form line's name ends: " - ", "–", ",", "@", "(" or "[".
    [GeneratedRegex(@"\s+[-–—]|\s*[,@(\[]")]
    private static partial Regex NameEnd();

    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
        { "name", "github", "your-handle", "tbd", "to be determined", "n/a", "none", "-", "?", "nobody", "todo" };

    /// <summary>Whether a line is meant to name nobody: empty, a placeholder ("TBD"), or the template's example.</summary>
    public static bool NamesNobodyOnPurpose(string line)
    {
        var text = Clean(line);
        return text.Length == 0 || Placeholders.Contains(text) || text.Contains("github.com/)", StringComparison.OrdinalIgnoreCase)
            || text.Contains("your-handle", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Null when the line names nobody (empty, a template placeholder, "TBD").</summary>
    public static PersonEntry? Parse(string line, int lineNumber)
    {
        var text = Clean(line);
        if (text.Length == 0 || Placeholders.Contains(text)) return null;

        var profile = GitHubProfile().Match(text);
        if (profile.Success)
        {
            var handle = profile.Groups["h"].Value;
            var name = NameBefore(text, handle);
            return Placeholders.Contains(handle) ? null : new PersonEntry(handle, name, lineNumber);
        }
        // A profile link with no handle is the template's "Name ([@github](https://github.com/))".
        if (text.Contains("github.com/)", StringComparison.OrdinalIgnoreCase)) return null;

        var plain = NameThenHandle().Match(text);
        if (plain.Success)
        {
            var name = plain.Groups["name"].Value.Trim(' ', '-', ':');
            if (Placeholders.Contains(plain.Groups["h"].Value)) return null;
            return new PersonEntry(plain.Groups["h"].Value, name.Length == 0 ? null : name, lineNumber);
        }

        var end = NameEnd().Match(text);
        var onlyName = (end.Success && end.Index > 0 ? text[..end.Index] : text).Trim(' ', '-', ':', '.');
        // A "name" with no letter or digit ("(@)", "--") is not a name.
        return !onlyName.Any(char.IsLetterOrDigit) || Placeholders.Contains(onlyName) ? null : new PersonEntry(null, onlyName, lineNumber);
    }

    private static string? NameBefore(string text, string handle)
    {
        var link = LeadingLinkText().Match(text);
        var name = link.Success
            ? link.Groups["text"].Value
            : NameEnd().Match(text) is { Success: true, Index: > 0 } end ? text[..end.Index] : text;
        name = name.Trim(' ', '-', ':', '@', '[', '(');
        if (name.Length == 0 || name.Contains("github.com", StringComparison.OrdinalIgnoreCase)) return null;
        return name.Equals(handle, StringComparison.OrdinalIgnoreCase) || name.Equals("@" + handle, StringComparison.OrdinalIgnoreCase)
            ? null
            : name;
    }

    private static string Clean(string line) =>
        line.Replace("**", "").Replace("__", "").Replace("\\", "").Trim().TrimStart('*', '-', '+').Trim();
}
