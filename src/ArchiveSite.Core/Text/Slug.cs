using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ArchiveSite.Text;

/// <summary>
/// Lowercase ASCII slugs for ids and URLs: "Kris Nóva" becomes <c>kris-nova</c>, "Łukasz Nowak" <c>lukasz-nowak</c>.
/// Letters no ASCII letter stands for ("王芳", "Алексей") are not dropped in silence: the slug then ends with a short
/// hash of the whole text, so two different names never share a key ("Алексей Ivanov" and "Иван Ivanov" differ).
/// </summary>
public static class Slug
{
    public static string From(string text)
    {
        var slug = string.Join('-', Words(text, out var dropped));
        if (!dropped) return slug.Length == 0 ? "x" : slug;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(PersonNames.Normalize(text))))[..8];
        return slug.Length == 0 ? hash : $"{slug}-{hash}";
    }

    public static IEnumerable<string> Words(string text) => Words(text, out _);

    private static List<string> Words(string text, out bool droppedLetters)
    {
        var words = new List<string>();
        var builder = new StringBuilder();
        droppedLetters = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c < 128 && char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (Latin(c) is { } latin) builder.Append(latin);
            else
            {
                droppedLetters |= char.IsLetterOrDigit(c);
                if (builder.Length == 0) continue;
                words.Add(builder.ToString());
                builder.Clear();
            }
        }
        if (builder.Length > 0) words.Add(builder.ToString());
        return words;
    }

    // Latin letters that Unicode does not decompose into a base letter and a mark.
    private static string? Latin(char c) => c switch
    {
        'Ł' or 'ł' => "l",
        'Ø' or 'ø' => "o",
        'Đ' or 'đ' or 'Ð' or 'ð' => "d",
        'ß' => "ss",
        'Æ' or 'æ' => "ae",
        'Œ' or 'œ' => "oe",
        'Þ' or 'þ' => "th",
        'ı' => "i",
        'Ħ' or 'ħ' => "h",
        'Ŧ' or 'ŧ' => "t",
        _ => null,
    };
}
