using System.Text.RegularExpressions;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Parsing;

/// <summary>
/// A profile link whose text names one handle and whose address another (<c>[@fntlnz](https://github.com/leodido)</c>):
/// the archive keeps the text's handle when other notes know it, else follows the address, so the reviewer
/// should see which one the note meant. Read with the note,
/// so that check, build and export all say it.
/// </summary>
public static partial class ProfileLinkLint
{
    [GeneratedRegex(@"\[@?(?<text>[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\]\(\s*https?://(?:www\.)?github\.com/(?<url>[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/?\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex ProfileLink();

    /// <param name="firstLine">File line of <paramref name="text"/>'s first line (after any front matter).</param>
    public static IEnumerable<Diagnostic> Check(string file, string text, int firstLine = 1)
    {
        var line = firstLine;
        foreach (var lineText in text.Split('\n'))
        {
            foreach (Match m in ProfileLink().Matches(lineText))
            {
                var (named, target) = (m.Groups["text"].Value, m.Groups["url"].Value);
                if (!named.Equals(target, StringComparison.OrdinalIgnoreCase))
                    yield return Diagnostic.Warning(file, line,
                        $"the link text says @{named} but the link goes to github.com/{target}; the archive takes it as {named.ToLowerInvariant()} where other notes know that handle, else as {target.ToLowerInvariant()} (fix whichever is wrong)");
            }
            line++;
        }
    }
}
