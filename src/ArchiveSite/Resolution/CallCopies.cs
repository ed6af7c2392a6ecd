using ArchiveSite.Parsing;

namespace ArchiveSite.Resolution;

/// <summary>
/// One call as written in one or more places (release archives repeat weekly notes). The fullest copy
/// supplies the content; the others are listed as sources.
/// </summary>
internal sealed class CallCopies(ParsedMeeting first)
{
    private readonly List<ParsedMeeting> _copies = [first];
    private readonly HashSet<string> _lines = Lines(first);

    public IReadOnlyList<ParsedMeeting> Copies => _copies;

    /// <summary>The copy with the most non-blank lines; the first written wins ties.</summary>
    public ParsedMeeting Fullest => _copies.MaxBy(c => Lines(c).Count)!;

    /// <summary>Share of distinct lines two copies have in common (Jaccard); 1 for identical copies.</summary>
    public double Similarity(ParsedMeeting other)
    {
        var theirs = Lines(other);
        if (_lines.Count == 0 && theirs.Count == 0) return 1;
        var common = theirs.Count(_lines.Contains);
        return (double)common / (_lines.Count + theirs.Count - common);
    }

    public void Add(ParsedMeeting copy) => _copies.Add(copy);

    private static HashSet<string> Lines(ParsedMeeting meeting) =>
        meeting.Markdown.Split('\n')
            .Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('-', '*', ' ').ToLowerInvariant())
            .Where(l => l.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
}
