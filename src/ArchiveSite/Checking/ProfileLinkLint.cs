using System.Text.RegularExpressions;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Checking;

/// <summary>
/// A profile link whose text names one handle and whose address another (<c>[@fntlnz](https://github.com/leodido)</c>):
/// the archive follows the address, so the reviewer should see which one the note meant.
/// </summary>
public static partial class ProfileLinkLint
{
    [GeneratedRegex(@"\[@?(?<text>[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\]\(\s*https?://(?:www\.)?github\.com/(?<url>[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/?\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex ProfileLink();

    public static IEnumerable<Diagnostic> Check(string file, string text)
    {
        var line = 1;
        foreach (var lineText in text.Split('\n'))
        {
            foreach (Match m in ProfileLink().Matches(lineText))
            {
                var (named, target) = (m.Groups["text"].Value, m.Groups["url"].Value);
                if (!named.Equals(target, StringComparison.OrdinalIgnoreCase))
                    yield return Diagnostic.Warning(file, line,
                        $"the link text says @{named} but the link goes to github.com/{target}; the archive takes it as {target.ToLowerInvariant()} (fix whichever is wrong)");
            }
            line++;
        }
    }
}
