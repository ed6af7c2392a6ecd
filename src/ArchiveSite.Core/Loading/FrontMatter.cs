namespace ArchiveSite.Loading;

/// <summary>What a note's YAML front matter may set; each field overrides what the parser would infer.</summary>
public sealed record FrontMatter(DateOnly? Date, string? Series, string? Title)
{
    public static readonly FrontMatter None = new(null, null, null);
}
