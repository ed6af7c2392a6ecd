using System.Text.RegularExpressions;

namespace ArchiveSite.Text;

/// <summary>
/// The emoji and symbols notes kept in Notion or HackMD put before a heading or a marker ("📅 2024-03-05", "👥 Attendees",
/// "✅ Decision:", ":white_check_mark: Decided…"): decoration, no part of what the words say.
/// </summary>
public static partial class DecorativeSymbols
{
    /// <summary>The text without the emoji, symbols and GitHub shortcodes it opens with.</summary>
    public static string StripLeading(string text) => Leading().Replace(text, "");

    [GeneratedRegex(@"^\s*(?:(?:[\p{So}\p{Sk}\uFE0F\u200D\u20E3]|[\uD83C-\uD83E][\uDC00-\uDFFF]|:[a-z0-9_+-]{2,30}:)\s*)+")]
    private static partial Regex Leading();
}
