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

    public static IEnumerable<MeetingLink> InHeader(IEnumerable<Block> blocks) => Find(blocks, all: true);

    public static IEnumerable<MeetingLink> InSection(IEnumerable<Block> blocks) => Find(blocks, all: false);

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
                    if (label.Length == 0 || label == link.Url) continue;
                    if (all || AboutTheCall().IsMatch(label)) yield return new MeetingLink(label, link.Url);
                }
            }
        }
    }
}
