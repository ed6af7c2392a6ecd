using System.Globalization;
using System.Text;

namespace ArchiveSite.Text;

/// <summary>How names are compared: case, accents, '@' and spacing do not matter ("Kris Nóva" = "kris nova").</summary>
public static class PersonNames
{
    public static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Trim().TrimStart('@').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            if (space) { builder.Append(' '); space = false; }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
