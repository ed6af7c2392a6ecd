using System.Runtime.CompilerServices;

namespace ArchiveSite.Tests.Support;

/// <summary>
/// The tests run many builds, checks and browsers at once on two cores. Some of that work waits on
/// thread-pool threads (Playwright's transport, RazorLight's async API); with the pool's default minimum
/// (one thread per core) a burst of waiting work makes the pool grow one thread at a time, and a browser
/// can sit for a minute waiting for its route handler. A higher minimum removes that ramp.
/// </summary>
internal static class ThreadPoolWarmup
{
    [ModuleInitializer]
    internal static void RaiseMinimum()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));
    }
}
