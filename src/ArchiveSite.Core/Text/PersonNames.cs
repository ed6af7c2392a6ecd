using System.Globalization;
using System.Text;

namespace ArchiveSite.Text;

/// <summary>How names are compared: case, accents, '@' and spacing do not matter ("Kris Nóva" = "kris nova").</summary>
public static class PersonNames
{
    public static string Normalize(string name)
    {
        if (IsNormal(name)) return name;
        var builder = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            // Before the name, whatever space or accent comes first: a handle's '@', not part of it.
            if (c == '@' && builder.Length == 0) continue;
            if (space) { builder.Append(' '); space = false; }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>
    /// Already as <see cref="Normalize"/> makes it: printable ASCII without capitals, single spaces between words, no
    /// '@' in front. Names are normalised again and again (each lookup of a key or a handle), mostly ones that are.
    /// </summary>
    private static bool IsNormal(string name)
    {
        if (name.Length == 0) return true;
        if (name[0] is ' ' or '@' || name[^1] == ' ') return false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is < ' ' or > '~' || char.IsAsciiLetterUpper(c) || (c == ' ' && name[i - 1] == ' ')) return false;
        }
        return true;
    }
}
