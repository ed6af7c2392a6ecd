using Markdig.Syntax.Inlines;

namespace ArchiveSite.Markdown.References;

/// <summary>
/// A reference written as text: <c>falco#1191</c>, <c>falcosecurity/libs#123</c>, or bare <c>#1192</c>.
/// Owner and repository are filled in for bare references from the surrounding list item.
/// </summary>
public sealed class ReferenceInline : LeafInline
{
    public required string Text { get; init; }
    public string? Owner { get; set; }
    public string? Repo { get; set; }
    public required int Number { get; init; }

    /// <summary>True when the note wrote only <c>#N</c>.</summary>
    public required bool Bare { get; init; }

    /// <summary>The archive's page for this reference, set before rendering; null renders it as text.</summary>
    public string? Href { get; set; }
}
