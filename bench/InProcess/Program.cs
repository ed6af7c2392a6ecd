using System.Diagnostics;
using ArchiveSite.Rendering;
using ArchiveSite.Site;

// dotnet run -c Release --project bench/InProcess -- CONTENT [RUNS] [OUT]
// Builds CONTENT RUNS times (default 4) in this process without search, keeping the compiled templates,
// and prints each run's stages, then the best of each stage over runs 2..RUNS (run 1 pays for JIT and Roslyn).
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: InProcess CONTENT [RUNS] [OUT]");
    return 2;
}
var content = args[0];
var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4;
var output = args.Length > 2 ? args[2] : Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "archive-site-inprocess");
// Templates kept; no cache folder, so every run parses every note and renders every page (the work itself).
var cache = new BuildCache(null);
var best = new SortedDictionary<string, double>(StringComparer.Ordinal);

for (var run = 1; run <= runs; run++)
{
    if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var result = SiteBuilder.Build(new BuildOptions(content, output, Search: false, Cache: cache));
    var wall = clock.Elapsed.TotalSeconds;
    var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
    if (!result.Succeeded)
    {
        foreach (var error in result.Diagnostics.Where(d => d.Severity == ArchiveSite.Diagnostics.Severity.Error)) Console.Error.WriteLine(error);
        return 1;
    }
    var stages = result.Stages.Select(s => (Name: s.Stage.Split(' ')[0], Seconds: s.Time.TotalSeconds)).Append((Name: "wall", Seconds: wall)).Append((Name: "cpu", Seconds: cpu)).ToList();
    Console.WriteLine($"run {run}: " + string.Join(" | ", stages.Select(s => $"{s.Name} {s.Seconds:0.00}")));
    if (run == 1) continue;
    foreach (var (name, seconds) in stages) best[name] = Math.Min(best.GetValueOrDefault(name, double.MaxValue), seconds);
}
if (best.Count > 0) Console.WriteLine("best of runs 2.." + runs + ": " + string.Join(", ", best.Select(s => $"{s.Key} {s.Value:0.00} s")));
return 0;
