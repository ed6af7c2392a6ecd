namespace ArchiveSite.Markdown;

/// <summary>
/// How many quotes and list items a line of a note can be inside, bounded from its prefix alone, in one pass
/// before Markdig reads the note. Markdig carries every open quote and list item over every line that follows
/// (a short lazy line after 5,000 '>' costs 5,000 steps) and refuses a note nested past its depth limit only
/// after reading all of it: a note of the default size limit ran for over half a minute. A line that may be
/// nested past <see cref="Limit"/> is found first, and no line after it is nested deeper than its own prefix
/// allows, so Markdig's work stays linear in the note's size.
/// </summary>
public static class ContainerDepth
{
    /// <summary>Markdig's own depth limit: 127 quotes inside each other are read, 128 are refused.</summary>
    public const int Limit = 128;

    /// <returns>The index (from 0) of the first line whose prefix may nest past <see cref="Limit"/>, or null.</returns>
    /// <remarks>
    /// A line can be inside one container per '>' or list marker in its prefix, and inside at most one list item
    /// per two columns of its indentation (a nested item starts at least two columns right of its parent's marker):
    /// an upper bound, so a note Markdig reads is refused only when a line has some 250 columns of indentation.
    /// Spaces that belong to a marker are not indentation: the one after a '>' (<c>&gt; &gt; &gt;</c> is three
    /// quotes, not three quotes and a list), and those after a list marker, which only set where the new item's
    /// text starts (an item opened on this line continues nothing from the lines before it).
    /// </remarks>
    public static int? FirstTooDeep(string text)
    {
        var line = 0;
        var (columns, markers, inPrefix) = (0, 0, true);
        var after = Marker.None;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                (line, columns, markers, inPrefix, after) = (line + 1, 0, 0, true, Marker.None);
                continue;
            }
            if (!inPrefix) continue;
            // A list marker is followed by a space ("- ", "1. "): a rule of dashes or a date is no container.
            var markerEnds = i + 1 == text.Length || text[i + 1] is ' ' or '\t' or '\r' or '\n';
            var (was, tabStop) = (after, 4 - columns % 4);
            after = Marker.None;
            switch (c)
            {
                case ' ' when was == Marker.Quote: break;
                case ' ' or '\t' when was == Marker.ListItem: after = Marker.ListItem; break;
                case ' ': columns++; break;
                case '\t': columns += tabStop; break;
                case '>': markers++; after = Marker.Quote; break;
                case '-' or '*' or '+' when markerEnds: markers++; after = Marker.ListItem; break;
                case '.' or ')' when markerEnds && i > 0 && char.IsAsciiDigit(text[i - 1]): markers++; after = Marker.ListItem; break;
                case >= '0' and <= '9': break;
                default: inPrefix = false; break;
            }
            if (markers + columns / 2 > Limit) return line;
        }
        return null;
    }

    /// <summary>What the character before was, for the spaces that belong to it.</summary>
    private enum Marker { None, Quote, ListItem }
}
