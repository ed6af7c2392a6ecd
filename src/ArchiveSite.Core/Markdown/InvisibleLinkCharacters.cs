using System.Globalization;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArchiveSite.Markdown;

/// <summary>
/// Link addresses pasted with invisible characters around them (<c>[#1334](​https://github.com/…)</c> with a
/// zero-width space copied from a chat or a document): a browser takes such an address for a relative path, and
/// the archive would see no pull request in it. Characters of Unicode's format category (zero-width spaces and
/// joiners, direction marks, the byte-order mark, soft hyphens) are trimmed from both ends of every link's
/// address once the note is parsed, by the one pipeline parsing and rendering share, so the two read the same
/// address; the lines where it happened are kept on the document (<see cref="TrimmedLines"/>) for the parser to say so.
/// </summary>
public sealed class InvisibleLinkCharacters : IMarkdownExtension
{
    private const string LinesKey = "archive-site:invisible-link-characters";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Trim;
        pipeline.DocumentProcessed += Trim;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>Markdig's lines (from 0) of the links whose addresses were trimmed, in document order.</summary>
    public static IReadOnlyList<int> TrimmedLines(MarkdownDocument document) => document.GetData(LinesKey) as List<int> ?? [];

    /// <summary>The address without the invisible characters at its ends; the same string when it has none.</summary>
    public static string Trimmed(string address)
    {
        var (start, end) = (0, address.Length);
        while (start < end && IsInvisible(address[start])) start++;
        while (end > start && IsInvisible(address[end - 1])) end--;
        return start == 0 && end == address.Length ? address : address[start..end];
    }

    private static bool IsInvisible(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static void Trim(MarkdownDocument document)
    {
        List<int>? lines = null;
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is not { Length: > 0 } url) continue;
            var trimmed = Trimmed(url);
            if (ReferenceEquals(trimmed, url)) continue;
            link.Url = trimmed;
            (lines ??= []).Add(link.Line);
        }
        if (lines is not null) document.SetData(LinesKey, lines);
    }
}
