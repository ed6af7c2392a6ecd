namespace ArchiveSite.Model;

/// <summary>Where an address a note wrote leads, as the resolver settled it (<see cref="Meeting.Addresses"/>).</summary>
public abstract record LinkTarget
{
    private LinkTarget() { }

    /// <summary>Another note of the archive: its call's page.</summary>
    public sealed record Note(string File) : LinkTarget;

    /// <summary>An address elsewhere: the file in the source repository, or a host written without https://.</summary>
    public sealed record Web(string Url) : LinkTarget;

    /// <summary>Nowhere the archive knows: the link is shown as its words.</summary>
    public sealed record Nowhere : LinkTarget;
}
