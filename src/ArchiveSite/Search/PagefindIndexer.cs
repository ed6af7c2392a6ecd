using System.Diagnostics;
using System.Runtime.InteropServices;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Search;

/// <summary>
/// The build's last stage: Pagefind indexes the call pages (the only pages marked
/// <c>data-pagefind-body</c>) into <c>/pagefind/</c>. The binary comes from the npm package
/// (<c>node_modules/@pagefind/PLATFORM/bin/</c>, pinned by package-lock.json), found beside the content
/// folder, the working directory, or the tool; when it is missing, the build says the one command that
/// installs it.
/// </summary>
public static class PagefindIndexer
{
    public const string BundleFolder = "pagefind";

    public sealed record Outcome(Diagnostic? Error, int IndexedPages, string Log);

    public static Outcome Index(string siteFolder, string contentDirectory)
    {
        var binary = Locate(contentDirectory);
        if (binary is null)
            return new Outcome(Diagnostic.Error("node_modules", 0, 0,
                "the search indexer (Pagefind) is not installed: run `npm ci` in the repository that holds package.json, or build with --no-search"), 0, "");

        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--site", siteFolder, "--output-subdir", BundleFolder, "--glob", "calls/**/*.html" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var log = stdout + stderr.Result;
        if (process.ExitCode != 0)
            return new Outcome(Diagnostic.Error(binary, 0, 0, $"Pagefind failed (exit code {process.ExitCode}):\n{log.Trim()}"), 0, log);
        return new Outcome(null, IndexedPages(log), log);
    }

    /// <summary>Whether the Pagefind binary can be found for a content folder (see <see cref="Locate"/>).</summary>
    public static bool IsInstalled(string contentDirectory) => Locate(contentDirectory) is not null;

    /// <summary>"Indexed 228 pages" from Pagefind's summary.</summary>
    private static int IndexedPages(string log)
    {
        var match = System.Text.RegularExpressions.Regex.Match(log, @"Indexed (\d+) pages?");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    private static string? Locate(string contentDirectory)
    {
        var platform = Platform();
        var starts = new[] { contentDirectory, Directory.GetCurrentDirectory(), AppContext.BaseDirectory };
        foreach (var start in starts)
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var bin = Path.Combine(dir.FullName, "node_modules", "@pagefind", platform, "bin");
                foreach (var name in new[] { "pagefind_extended", "pagefind" })
                    if (File.Exists(Path.Combine(bin, name))) return Path.Combine(bin, name);
            }
        return null;
    }

    private static string Platform()
    {
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : "linux";
        var arch = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64";
        return $"{os}-{arch}";
    }
}
