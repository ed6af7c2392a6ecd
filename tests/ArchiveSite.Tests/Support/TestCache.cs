using System.Runtime.CompilerServices;

namespace ArchiveSite.Tests.Support;

/// <summary>
/// Tests are hermetic: every cache a test reaches by default (a build without <c>--cache</c>, the compiled templates,
/// a CLI the tests start) is this test run's own folder, never the user's <c>~/.cache/archive-site</c>. Set before any
/// test runs; removed when the run ends.
/// </summary>
public static class TestCache
{
    public static string Folder { get; private set; } = "";

    // A module initializer runs before anything else in the assembly, so no test class, fixture or CLI the tests
    // start (they inherit the variables) can see the defaults.
#pragma warning disable CA2255 // The test assembly is no library: setting its environment first is the point.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void UseTheRunsOwnCache()
    {
        // First, so the cache and every test's folder land where the run's scratch space is.
        ScratchSpace.UseMemoryWhenThereIsRoom();
        Folder = Directory.CreateTempSubdirectory("archive-site-test-cache-").FullName;
        Environment.SetEnvironmentVariable("ARCHIVE_SITE_CACHE", Folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(Folder, recursive: true); }
            catch (IOException) { /* a CLI still writing into it: the temp folder is the system's to clear */ }
        };
    }
}
