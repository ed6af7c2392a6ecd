using System.Runtime.ExceptionServices;

namespace ArchiveSite.Site;

/// <summary>
/// Runs a body over 0..count-1 on one dedicated thread per core. Rendering waits on RazorLight's async API;
/// doing that on thread-pool threads (Parallel.ForEach) can starve the pool for everything else in the
/// process (Kestrel in <c>serve</c>, other builds), so the waiting happens on threads of our own.
/// </summary>
public static class Workers
{
    public static void For(int count, Action<int> body)
    {
        var next = -1;
        ExceptionDispatchInfo? failure = null;
        var threads = Enumerable.Range(0, Math.Max(1, Math.Min(Environment.ProcessorCount, count))).Select(_ => new Thread(() =>
        {
            try
            {
                for (var i = Interlocked.Increment(ref next); i < count && failure is null; i = Interlocked.Increment(ref next))
                    body(i);
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            }
        })
        { IsBackground = true, Name = "archive-site render" }).ToList();
        foreach (var thread in threads) thread.Start();
        foreach (var thread in threads) thread.Join();
        failure?.Throw();
    }
}
