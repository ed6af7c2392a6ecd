namespace ArchiveSite.Loading;

/// <summary>What a note's YAML front matter may set; each field overrides what the parser would infer.</summary>
public sealed record FrontMatter(DateOnly? Date, string? Series, string? Title)
{
    public static readonly FrontMatter None = new(null, null, null);

    /// <summary>
    /// Who attended and who chaired, as sites built with Hugo or Jekyll keep them (<c>attendees: [Ana Lima, Bo Chen]</c>,
    /// <c>chair: Ana Lima</c>): each as written, with its line, read as a roster line is.
    /// </summary>
    public IReadOnlyList<WrittenName> Attendees { get; init; } = [];

    /// <inheritdoc cref="Attendees"/>
    public IReadOnlyList<WrittenName> Chairs { get; init; } = [];
}

/// <summary>A person as front matter writes them, and the line of the note it is on.</summary>
public sealed record WrittenName(string Text, int Line);
