namespace ArchiveSite.Model;

/// <summary>
/// Whether a reference is a pull request, an issue, a discussion (GitHub numbers all three together in a
/// repository), or written in a way that does not say (<c>falco#1191</c>).
/// </summary>
public enum ReferenceKind
{
    Unknown,
    Pull,
    Issue,
    Discussion,
}
