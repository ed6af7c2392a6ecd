using System.Globalization;
using System.Text;

namespace ArchiveSite.Text;

/// <summary>
/// Cutting text for snippets and shortened titles without splitting what a reader sees as one character
/// (a grapheme cluster: an emoji and its modifiers, a letter and its combining marks, a flag). A cut inside a
/// surrogate pair leaves half a character that does not survive a UTF-8 round trip (so a cached parse would
/// differ from a fresh one); a cut between a letter and its mark shows a different letter.
/// <para>
/// Each cut looks only near the position: it backs up to a character that surely starts a cluster (at most
/// <see cref="MaxLookBack"/> characters) and walks clusters forward from there, so a paragraph cut once per
/// reference in it still costs time linear in its length.
/// </para>
/// </summary>
public static class TextElements
{
    private const int MaxLookBack = 64;

    /// <summary>The text's first <paramref name="length"/> characters or fewer, ending on a cluster boundary.</summary>
    public static string Prefix(string text, int length) =>
        length >= text.Length ? text : text[..BoundaryAtOrBefore(text, length)];

    /// <summary>The part from about <paramref name="start"/> of about <paramref name="length"/> characters, both ends moved back to cluster boundaries.</summary>
    public static string Slice(string text, int start, int length)
    {
        var from = BoundaryAtOrBefore(text, start);
        var to = BoundaryAtOrBefore(text, Math.Min(text.Length, start + length));
        return text[from..Math.Max(from, to)];
    }

    /// <summary>The last cluster boundary at or before <paramref name="index"/>.</summary>
    public static int BoundaryAtOrBefore(string text, int index)
    {
        if (index <= 0) return 0;
        if (index >= text.Length) return text.Length;
        var from = index;
        var limit = Math.Max(0, index - MaxLookBack);
        while (from > limit && !SurelyStartsCluster(text, from)) from--;
        // Regional indicators pair up from the start of their run: back up to it so the pairs line up.
        while (from > limit && IsRegionalIndicator(text, from) && from >= 2 && IsRegionalIndicator(text, from - 2)) from -= 2;
        var at = from;
        while (true)
        {
            var next = StringInfo.GetNextTextElementLength(text.AsSpan(at));
            if (next == 0 || at + next > index) return at;
            at += next;
        }
    }

    private static bool SurelyStartsCluster(string text, int i)
    {
        if (char.IsLowSurrogate(text[i])) return false;
        var previous = text[i - 1];
        if (previous == '\u200D' || (previous == '\r' && text[i] == '\n')) return false;
        if (!Rune.TryGetRuneAt(text, i, out var rune)) return true;
        return Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.ModifierSymbol)
            && rune.Value is not (>= 0x1160 and <= 0x11FF) and not (>= 0xD7B0 and <= 0xD7FF) // Hangul vowels and finals join the syllable before
            && rune.Value is not (>= 0x1F3FB and <= 0x1F3FF); // skin tones
    }

    private static bool IsRegionalIndicator(string text, int i) =>
        Rune.TryGetRuneAt(text, i, out var rune) && rune.Value is >= 0x1F1E6 and <= 0x1F1FF;
}
