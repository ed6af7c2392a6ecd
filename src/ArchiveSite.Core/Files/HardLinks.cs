using Mono.Unix.Native;

namespace ArchiveSite.Files;

/// <summary>Hard links: a second name for a file, which .NET 10 cannot make.</summary>
public static class HardLinks
{
    /// <summary>Makes <paramref name="target"/> a new name of the file <paramref name="source"/>; an <see cref="IOException"/> when the system refuses.</summary>
    public static void Create(string source, string target)
    {
        if (Syscall.link(source, target) != 0) throw SafeFile.Failure(target, Stdlib.GetLastError());
    }
}
