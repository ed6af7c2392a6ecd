using ArchiveSite.Diagnostics;
using ArchiveSite.Markdown;
using ArchiveSite.Markdown.Presenters;
using Markdig.Syntax;

namespace ArchiveSite.Parsing;

/// <summary>The note being parsed: its body text and where its lines start.</summary>
internal sealed class NoteContext(string file, string body, int bodyFirstLine, DiagnosticBag diagnostics)
{
    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public string File { get; } = file;
    public string Body { get; } = body;

    /// <summary>Each agenda paragraph's presenters and title, read once (<see cref="AgendaItemText.Read"/>).</summary>
    public Dictionary<ParagraphBlock, (PresenterTags.Result Tags, string Title)> AgendaTexts { get; } = [];

    private string[]? _lines;
    private int[]? _lineStarts;

    /// <summary>The body's lines (split once, on first use).</summary>
    public string[] Lines => _lines ??= Body.Split('\n');

    /// <summary>The 0-based body line holding a character offset (a block's <c>Span.End</c>).</summary>
    public int LineOf(int offset)
    {
        if (_lineStarts is null)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < Body.Length; i++)
                if (Body[i] == '\n') starts.Add(i + 1);
            _lineStarts = [.. starts];
        }
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Markdig lines are 0-based within the body; diagnostics and sources use 1-based file lines.</summary>
    public int FileLine(int markdigLine) => markdigLine + bodyFirstLine;

    public int FileLine(Block block) => FileLine(block.Line);

    /// <summary>Two blank lines before the block: where the note leaves a gap, though Markdown may read on in one list.</summary>
    public bool AfterGap(Block block) =>
        block.Line >= 2 && string.IsNullOrWhiteSpace(Lines[block.Line - 1]) && string.IsNullOrWhiteSpace(Lines[block.Line - 2]);

    /// <summary>The block's source text as written, for lines Markdown mangles (broken attendee links).</summary>
    public string Raw(Block block) =>
        block.Span.Start >= 0 && block.Span.End < Body.Length && block.Span.Length > 0
            ? Body.Substring(block.Span.Start, block.Span.Length)
            : InlineTextOf(block);

    public string FirstRawLine(Block block)
    {
        var raw = Raw(block);
        var newline = raw.IndexOf('\n');
        return (newline < 0 ? raw : raw[..newline]).Trim();
    }

    private static string InlineTextOf(Block block) => block is LeafBlock leaf ? InlineText.Plain(leaf) : "";
}
