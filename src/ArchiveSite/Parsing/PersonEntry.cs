namespace ArchiveSite.Parsing;

/// <summary>A person as a note wrote them, before resolution: a handle, a name, or both.</summary>
/// <param name="Handle">GitHub handle as written (case preserved), when the line gives one.</param>
/// <param name="Name">Display name as written, when the line gives one.</param>
public sealed record PersonEntry(string? Handle, string? Name, int Line)
{
    public string Written => Name is null ? Handle! : Handle is null ? Name : $"{Name} (@{Handle})";
}
