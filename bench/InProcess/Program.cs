using System.Diagnostics;
using ArchiveSite.Rendering;
using ArchiveSite.Site;

// dotnet run -c Release --project bench/InProcess -- CONTENT [RUNS] [OUT] [warm|edit]
// Builds CONTENT RUNS times (default 4) in this process without search, keeping the compiled templates,
// and prints each run's stages, then the best of each stage over runs 2..RUNS (run 1 pays for JIT and Roslyn).
// With "warm", every run after the first is a rebuild into the same folder with a cache (its own, in a temporary
// folder): nothing has changed, so the last site is kept whole (stage 0 of the build).
// With "edit", the notes are copied to a temporary folder and every run after the first appends a line to one of them
// and rebuilds without keeping the last site whole: the rebuild `serve` runs after a saved edit, where the notes come
// from the cache and every page is modelled and fingerprinted to find the few that changed.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: InProcess CONTENT [RUNS] [OUT] [warm|edit]");
    return 2;
}
var content = args[0];
var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4;
var output = args.Length > 2 ? args[2] : Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "archive-site-inprocess");
var warm = args.Length > 3 && args[3] is "warm" or "edit";
var edit = args.Length > 3 && args[3] == "edit";
if (edit) content = CopyOf(content);
var edited = edit ? Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First() : null;
// Templates kept; without "warm" no cache folder, so every run parses every note and renders every page (the work itself).
var cacheFolder = warm ? Directory.CreateTempSubdirectory("archive-site-inprocess-cache").FullName : null;
var cache = new BuildCache(cacheFolder);
var best = new SortedDictionary<string, double>(StringComparer.Ordinal);

for (var run = 1; run <= runs; run++)
{
    if (!warm && Directory.Exists(output)) Directory.Delete(output, recursive: true);
    if (edited is not null && run > 1) File.AppendAllText(edited, $"\n- another line {run}\n");
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var (gen0, gen1, gen2, paused, allocated) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
    var clock = Stopwatch.StartNew();
    var result = SiteBuilder.Build(new BuildOptions(content, output, Search: false, Cache: cache, KeepUnchangedSite: !edit));
    var wall = clock.Elapsed.TotalSeconds;
    var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
    if (!result.Succeeded)
    {
        foreach (var error in result.Diagnostics.Where(d => d.Severity == ArchiveSite.Diagnostics.Severity.Error)) Console.Error.WriteLine(error);
        return 1;
    }
    var stages = result.Stages.Select(s => (Name: s.Stage.Split(' ')[0], Seconds: s.Time.TotalSeconds)).Append((Name: "wall", Seconds: wall)).Append((Name: "cpu", Seconds: cpu)).ToList();
    Console.WriteLine($"run {run}: " + string.Join(" | ", stages.Select(s => $"{s.Name} {s.Seconds:0.00}"))
        + $" | gc {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}, paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.00}, allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1e6:0} MB");
    if (run == 1) continue;
    foreach (var (name, seconds) in stages) best[name] = Math.Min(best.GetValueOrDefault(name, double.MaxValue), seconds);
}
if (best.Count > 0) Console.WriteLine("best of runs 2.." + runs + ": " + string.Join(", ", best.Select(s => $"{s.Key} {s.Value:0.00} s")));
if (cacheFolder is not null) Directory.Delete(cacheFolder, recursive: true);
if (edit) Directory.Delete(content, recursive: true);
return 0;

static string CopyOf(string folder)
{
    var copy = Directory.CreateTempSubdirectory("archive-site-inprocess-notes").FullName;
    foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
    {
        var target = Path.Combine(copy, Path.GetRelativePath(folder, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }
    return copy;
}
