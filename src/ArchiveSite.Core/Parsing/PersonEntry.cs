using MemoryPack;

namespace ArchiveSite.Parsing;

/// <summary>A person as a note wrote them, before resolution: a handle, a name, or both.</summary>
/// <param name="Handle">GitHub handle as written (case preserved), when the line gives one.</param>
/// <param name="Name">Display name as written, when the line gives one.</param>
[MemoryPackable]
public sealed partial record PersonEntry(string? Handle, string? Name, int Line)
{
    /// <summary>The short form the minutes use for this person in this call (<c>MB: Myles Borins</c>, an attendee table's column).</summary>
    public string? Abbreviation { get; init; }

    /// <summary>What the line says besides name and handle: a role or an organisation (<c>voting member</c>, <c>Elastic</c>).</summary>
    public string? Detail { get; init; }

    /// <summary>
    /// The handle a profile link's text names when its address names another (<c>[@fntlnz](https://github.com/leodido)</c>):
    /// the resolver keeps the one the other notes know this person by.
    /// </summary>
    public string? TextHandle { get; init; }

    public string Written => Name is null ? Handle! : Handle is null ? Name : $"{Name} (@{Handle})";
}
