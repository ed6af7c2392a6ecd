namespace ArchiveSite.Model;

/// <summary>A recurring kind of call (community call, office hours, ...), identified by its slug.</summary>
public sealed record Series(string Slug, string Name);
