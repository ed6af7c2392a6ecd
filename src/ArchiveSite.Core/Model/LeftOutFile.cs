namespace ArchiveSite.Model;

/// <summary>A Markdown file of the content folder that is not read as minutes, and why ("exclude README*", "not in include:").</summary>
public sealed record LeftOutFile(string File, string Why);
