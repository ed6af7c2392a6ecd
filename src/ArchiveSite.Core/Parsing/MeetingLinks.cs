using System.Text.RegularExpressions;
using ArchiveSite.Markdown;
using ArchiveSite.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArchiveSite.Parsing;

/// <summary>Links about the call itself: every link in a note's header, and recording/Zoom links inside a call.</summary>
internal static partial class MeetingLinks
{
    [GeneratedRegex(@"recording|zoom|video|youtu|meeting\s+link|slides", RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheCall();

    // "Recording: ", "* **Zoom**: ", "Meeting link - ": a label of up to four words before a bare address, alone on its
    // line up to it (not a sentence that ends in one: "maybe put the youtube channel up here: https://…").
    [GeneratedRegex(@"^[\s*_>+-]*(?<label>\p{L}[\p{L}\p{N}/&'’()]*(?:\s+[\p{L}\p{N}/&'’()]+){0,3}?)[\s*_]*(?::|\s[-–—])\s*$")]
    private static partial Regex LabelBeforeAddress();

    public static IEnumerable<MeetingLink> InHeader(IEnumerable<Block> blocks) => Find(blocks, all: true);

    public static IEnumerable<MeetingLink> InSection(IEnumerable<Block> blocks) => Find(blocks, all: false);

    // The words before a bare address on its line: "Recording: https://youtu.be/…" is the recording. The walk back stops
    // at anything else (another link) and past a label's length, so a line of many addresses costs each one a step.
    private static string LabelBefore(LinkInline link)
    {
        var text = "";
        for (var inline = link.PreviousSibling; inline is not null and not LineBreakInline; inline = inline.PreviousSibling)
        {
            var words = inline switch
            {
                LiteralInline literal when literal.Content.Length <= MostBeforeLabel => literal.Content.ToString(),
                EmphasisInline emphasis when emphasis.Span.Length <= MostBeforeLabel => InlineText.Plain(emphasis),
                _ => null,
            };
            if (words is null || words.Length + text.Length > MostBeforeLabel) return "";
            text = words + text;
        }
        return LabelBeforeAddress().Match(text) is { Success: true } m ? m.Groups["label"].Value.Trim() : "";
    }

    private const int MostBeforeLabel = 80;

    private static IEnumerable<MeetingLink> Find(IEnumerable<Block> blocks, bool all)
    {
        foreach (var block in blocks)
        {
            var leaves = block is LeafBlock leaf ? [leaf] : block.Descendants<LeafBlock>();
            foreach (var l in leaves)
            {
                if (l.Inline is null) continue;
                foreach (var link in l.Inline.Descendants<LinkInline>())
                {
                    if (link.IsImage || link.Url is null || !link.Url.StartsWith("http", StringComparison.OrdinalIgnoreCase)) continue;
                    var label = InlineText.Plain(link);
                    if (label.Length == 0 || label == link.Url) label = LabelBefore(link);
                    if (label.Length == 0) continue;
                    if (all || AboutTheCall().IsMatch(label)) yield return new MeetingLink(label, link.Url);
                }
            }
        }
    }
}
