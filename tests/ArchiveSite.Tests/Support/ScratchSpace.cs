namespace ArchiveSite.Tests.Support;

/// <summary>
/// Where the run's temporary folders go. The suite makes and deletes many thousands of small files, and on a disk
/// that can be mostly kernel time: on an ext4 volume without a journal, as this machine's is, making an inode scans
/// past every recently deleted one (28 of the fast subset's 45 s were system time). A memory file
/// system has no such cost. So when the user has not chosen a temporary folder (<c>TMPDIR</c>), the run uses
/// <c>/dev/shm</c> if it is a memory file system with room for the largest builds the tests make; otherwise the
/// system's. Each test still has its own folder in it (<see cref="TempFolder"/>), and the CLIs the tests start
/// inherit the choice.
/// </summary>
internal static class ScratchSpace
{
    private const string MemoryFolder = "/dev/shm";

    // The full suite builds every corpus at once, each site tens of megabytes; Docker's default /dev/shm (64 MB) is
    // far too small and is left alone.
    private const long Room = 2L << 30;

    public static void UseMemoryWhenThereIsRoom()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TMPDIR")) || !OperatingSystem.IsLinux()) return;
        try
        {
            var drive = new DriveInfo(MemoryFolder);
            if (drive.DriveFormat == "tmpfs" && drive.AvailableFreeSpace >= Room)
                Environment.SetEnvironmentVariable("TMPDIR", MemoryFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // No /dev/shm, or not readable: the system's temporary folder it is.
        }
    }
}
