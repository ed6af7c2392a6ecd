using ArchiveSite.Parsing;

namespace ArchiveSite.Resolution;

/// <summary>
/// One call as written in one or more places (release archives repeat weekly notes). The fullest copy
/// supplies the content; the others are listed as sources.
/// </summary>
internal sealed class CallCopies
{
    private readonly List<(ParsedMeeting Copy, int LineCount)> _copies = [];
    private readonly HashSet<string>? _lines;

    /// <param name="lines">The copy's <see cref="Lines"/>; null for a call alone on its day, which nothing is compared with.</param>
    public CallCopies(ParsedMeeting first, HashSet<string>? lines)
    {
        _lines = lines;
        _copies.Add((first, _lines?.Count ?? 0));
    }

    public IEnumerable<ParsedMeeting> Copies => _copies.Select(c => c.Copy);

    public ParsedMeeting First => _copies[0].Copy;

    /// <summary>The copy with the most distinct non-blank lines; the first written wins ties.</summary>
    public ParsedMeeting Fullest => _copies.MaxBy(c => c.LineCount).Copy;

    /// <summary>Share of distinct lines the copy has in common with the first copy (Jaccard); 1 when identical.</summary>
    public double Similarity(HashSet<string> theirs)
    {
        if (_lines is null) throw new InvalidOperationException("a call alone on its day has no lines to compare");
        if (_lines.Count == 0 && theirs.Count == 0) return 1;
        var common = theirs.Count(_lines.Contains);
        return (double)common / (_lines.Count + theirs.Count - common);
    }

    public void Add(ParsedMeeting copy, HashSet<string> lines) => _copies.Add((copy, lines.Count));

    /// <summary>Distinct non-blank lines, compared without list markers, spacing or case.</summary>
    public static HashSet<string> Lines(ParsedMeeting meeting)
    {
        var lines = new HashSet<string>(StringComparer.Ordinal);
        var words = new System.Text.StringBuilder();
        foreach (var line in meeting.Markdown.AsSpan().EnumerateLines())
        {
            words.Clear();
            foreach (var range in line.Split(' '))
            {
                var word = line[range];
                if (word.IsEmpty) continue;
                if (words.Length > 0) words.Append(' ');
                words.Append(word);
            }
            var normal = words.ToString().Trim(['-', '*', ' ']);
            if (normal.Length > 0) lines.Add(normal.ToLowerInvariant());
        }
        return lines;
    }
}
