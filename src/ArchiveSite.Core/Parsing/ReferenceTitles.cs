using System.Text.RegularExpressions;
using ArchiveSite.Markdown;
using ArchiveSite.Markdown.Presenters;
using ArchiveSite.Markdown.References;
using ArchiveSite.Model;
using ArchiveSite.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArchiveSite.Parsing;

/// <summary>
/// What a note calls a PR or issue where it mentions one: the words of a link to it, when they are more than
/// its number or "here" (<c>[falco-driver-loader: break apart logic](…/pull/1200)</c>); else the first line of
/// the paragraph it stands in, without it, its presenter tags and leftover punctuation
/// (<c>[leogr] break apart logic WIP falco#1200</c> → "break apart logic WIP"), unless that line names several.
/// </summary>
internal static partial class ReferenceTitles
{
    private const int MaxLength = 140;
    private const int MinLetters = 6;

    public static WrittenTitle? FromLink(LinkInline link)
    {
        var text = InlineText.Plain(link).Trim();
        return IsTitle(text) && text != link.Url ? new WrittenTitle(Cut(text), true) : null;
    }

    /// <summary>The same for every reference of the paragraph (all of them are taken out), so the caller reads it once per paragraph.</summary>
    public static WrittenTitle? FromLine(LeafBlock leaf)
    {
        if (leaf.Inline is null) return null;
        // The paragraph's first line, with the reference (and any other link to GitHub) taken out where it opens
        // or closes the line ("downgrade macOS x64 to Tier 2 #63055"); inside the sentence it stays as written
        // ("Follow-up on widget#42, merged"), or the sentence would have a hole.
        var parts = new List<(string Text, bool Reference)>();
        var references = 0;
        foreach (var inline in leaf.Inline)
        {
            if (inline is LineBreakInline) break;
            if (inline is ReferenceInline reference)
            {
                references++;
                parts.Add((reference.Text.Contains("://", StringComparison.Ordinal) ? $"#{reference.Number}" : reference.Text, true));
                continue;
            }
            if (inline is AutolinkInline || (inline is LinkInline link && link.Url is { } url && url.Contains("github.com/", StringComparison.OrdinalIgnoreCase) && !IsTitle(InlineText.Plain(link))))
            {
                references++;
                parts.Add(("", true));
                continue;
            }
            parts.Add((inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                ContainerInline container => InlineText.Plain(container),
                _ => "",
            }, false));
        }
        // Where the line opens (closes) with references and the punctuation between them, the words begin after
        // (end before) the last (first) of them.
        static bool Filler((string Text, bool Reference) p) => p.Reference || !p.Text.Any(char.IsLetterOrDigit);
        var (start, end) = (0, parts.Count);
        for (var i = 0; i < parts.Count && Filler(parts[i]); i++)
            if (parts[i].Reference) start = i + 1;
        for (var i = parts.Count - 1; i >= start && Filler(parts[i]); i--)
            if (parts[i].Reference) end = i;
        var words = string.Concat(parts.Take(end).Skip(start).Select(p => p.Text));
        // "PRs already in that direction: #1192, #1196, #1202": a line about several is the title of none.
        if (references > 1) return null;
        var line = PresenterTags.Read(words).Rest;
        line = Speaker().Replace(line, "");
        line = Leftovers().Replace(line, " ");
        line = Spaces().Replace(line, " ").Trim(' ', '-', ':', ',', ';', '(', ')', '[', ']', '—', '–', '.');
        // "enable the backoff (merged": an aside the reference cut short.
        if (line.LastIndexOf('(') is var open and > 0 && line.IndexOf(')', open) < 0) line = line[..open].TrimEnd(' ', '-', ':', ',');
        return IsTitle(line) ? new WrittenTitle(Cut(line), false) : null;
    }

    private static bool IsTitle(string text) =>
        text.Count(char.IsLetter) >= MinLetters && !Generic().IsMatch(text) && !text.Contains("://", StringComparison.Ordinal);

    private static string Cut(string text) => text.Length <= MaxLength ? text : TextElements.Prefix(text, MaxLength - 1).TrimEnd() + "…";

    // "PR", "here", "this issue", "#1200", "falco#1200", "PR 1442": words that only point.
    [GeneratedRegex(@"^\s*(?:(?:the|this|that|see|also|a|an|our|new|open|opened|related|merged|draft|wip|link|here|pr|prs|pull request|issue|issues|comment|proposal|discussion|ticket|is|was|ready|for|review|reviewed|needs|need|please|take|look|at|ptal|in|progress|approved|done|and|to|be|it)\b[\s:,.!]*)+(?:[\w.-]*#?[0-9]+)?\s*$|^[\w./-]*#[0-9]+$", RegexOptions.IgnoreCase)]
    private static partial Regex Generic();

    // "Michael: We started a process…": who spoke, in minutes written as a transcript.
    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}.-]{1,20}:\s+")]
    private static partial Regex Speaker();

    // What is left where references stood: "( )", "PR:", "-> ", "=>".
    [GeneratedRegex(@"\(\s*\)|\[\s*\]|\b(?:PRs?|issues?)\s*:?\s*$|=>|->", RegexOptions.IgnoreCase)]
    private static partial Regex Leftovers();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
