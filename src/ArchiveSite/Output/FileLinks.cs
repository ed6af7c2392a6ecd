using ArchiveSite.Files;

namespace ArchiveSite.Output;

/// <summary>
/// Puts files of one folder into another under new names: as hard links (no bytes copied, the same inode and
/// time) where the two folders share a file system, as copies with the same last-write time where they do not
/// (a site in /dev/shm, the build cache on disk). Which of the two is decided once: a link refused by the
/// kernel costs an exception, and thousands of them were a third of a small build.
/// </summary>
public sealed class FileLinks(string from, string to)
{
    private volatile bool _link = SameFileSystem(from, to);

    /// <summary><paramref name="source"/> (in the first folder) as <paramref name="target"/> (a new name in the second).</summary>
    public void LinkOrCopy(string source, string target)
    {
        if (_link)
        {
            try
            {
                HardLinks.Create(source, target);
                return;
            }
            catch (IOException) when (!File.Exists(target))
            {
                _link = false; // a file system without hard links: copies from now on
            }
        }
        File.Copy(source, target); // keeps the last-write time on Unix
    }

    private static bool SameFileSystem(string a, string b)
    {
        try
        {
            if (OperatingSystem.IsWindows()) return false; // no device is read there, and no link made
            var (first, second) = (PathStatus.Of(a), PathStatus.Of(b));
            return first.Kind != PathKind.Missing && second.Kind != PathKind.Missing && first.Device == second.Device;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }
}
