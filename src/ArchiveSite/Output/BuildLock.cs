using ArchiveSite.Files;

namespace ArchiveSite.Output;

/// <summary>
/// The lock a build holds on its output folder: a file <c>.NAME.lock</c> beside it, locked exclusively
/// (flock on Unix, a share lock on Windows), which the system releases if the process dies. The file is
/// removed when the build ends, so the output's parent holds nothing but the site between builds. Because
/// it is removed, a second build could lock a file that has just been unlinked: after locking, it checks
/// that the path still names the file it locked, and starts again if not.
/// </summary>
public sealed class BuildLock : IDisposable
{
    private readonly FileStream _stream;
    private readonly string _path;

    private BuildLock(FileStream stream, string path) => (_stream, _path) = (stream, path);

    /// <exception cref="BuildLockedException">Another build holds the lock.</exception>
    public static BuildLock Acquire(string lockFile, string output)
    {
        for (var attempt = 0; ; attempt++)
        {
            FileStream stream;
            try
            {
                // Never through a link: a committed `.site.lock -> somefile` must not be truncated.
                stream = SafeFile.OpenLockFile(lockFile);
            }
            catch (IOException e) when (PathStatus.Of(lockFile).Kind is PathKind.Link or PathKind.Special)
            {
                throw new IOException($"{lockFile} is a symbolic link or a special file, not a lock file archive-site made; remove it and build again", e);
            }
            catch (IOException e) when (File.Exists(lockFile))
            {
                throw new BuildLockedException(
                    $"another archive-site build is writing {output} (it holds {lockFile}); wait for it to finish, or build into another --out", e);
            }
            if (OperatingSystem.IsWindows() || StillNamed(stream, lockFile) || attempt >= 10)
            {
                stream.SetLength(0);
                stream.Write(System.Text.Encoding.UTF8.GetBytes($"{Environment.ProcessId}\n"));
                stream.Flush();
                return new BuildLock(stream, lockFile);
            }
            stream.Dispose();
        }
    }

    private static bool StillNamed(FileStream stream, string path) =>
        PathStatus.Of(stream.SafeFileHandle, path).IsSameFileAs(PathStatus.Of(path));

    public void Dispose()
    {
        // Unlinked while still locked: a build waiting on this file sees, once it locks it, that it is gone.
        if (!OperatingSystem.IsWindows())
        {
            try { File.Delete(_path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        _stream.Dispose();
    }
}

/// <summary>Another build holds the output folder's lock.</summary>
public sealed class BuildLockedException(string message, Exception inner) : IOException(message, inner);
