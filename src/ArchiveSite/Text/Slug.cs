using System.Globalization;
using System.Text;

namespace ArchiveSite.Text;

/// <summary>Lowercase ASCII slugs for ids and URLs: "Kris Nóva" becomes <c>kris-nova</c>.</summary>
public static class Slug
{
    public static string From(string text)
    {
        var slug = string.Join('-', Words(text));
        return slug.Length == 0 ? "x" : slug;
    }

    public static IEnumerable<string> Words(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c < 128 && char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0)
            {
                yield return builder.ToString();
                builder.Clear();
            }
        }
        if (builder.Length > 0) yield return builder.ToString();
    }
}
