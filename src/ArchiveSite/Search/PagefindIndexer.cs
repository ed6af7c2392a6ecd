using System.Diagnostics;
using System.Runtime.InteropServices;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Search;

/// <summary>
/// The build's last stage: Pagefind indexes the pages marked <c>data-pagefind-body</c> (calls, and the first
/// page of each person, PR or issue and series) into <c>/pagefind/</c>; list pages are left out. The binary runs as the build's user, so it comes only
/// from places the person running the build chose (see <see cref="Locate"/>), never from the content
/// folder or the working folder, which a pull request can fill.
/// </summary>
public static class PagefindIndexer
{
    public const string BundleFolder = "pagefind";

    /// <summary>Names the Pagefind binary to use, for hosts that install it their own way.</summary>
    public const string EnvironmentVariable = "ARCHIVE_SITE_PAGEFIND";

    public const string InstallHint =
        "install it with `npm install -g pagefind@1.6.0` (in a clone of archive-site, `npm ci` installs the version package.json pins), " +
        "pass --pagefind PATH, set " + EnvironmentVariable + ", or build with --no-search";

    public sealed record Outcome(Diagnostic? Error, int IndexedPages, string Log);

    /// <param name="glob">The pages to index, over the site folder (<c>{calls,people,refs,series}/**/*.html</c>: the page kinds say).</param>
    public static Outcome Index(string siteFolder, string glob, string? explicitBinary = null)
    {
        var binary = Locate(explicitBinary);
        if (binary is null)
            return new Outcome(Diagnostic.Error("pagefind", 0, 0, $"the search indexer (Pagefind) is not installed: {InstallHint}"), 0, "");

        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--site", siteFolder, "--output-subdir", BundleFolder, "--glob", glob })
            start.ArgumentList.Add(arg);
        Process? started;
        try
        {
            started = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new Outcome(Diagnostic.Error(binary, 0, 0, $"Pagefind could not be started ({e.Message}); {InstallHint}"), 0, "");
        }
        using var process = started!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var log = stdout + stderr.Result;
        if (process.ExitCode != 0)
            return new Outcome(Diagnostic.Error(binary, 0, 0, $"Pagefind failed (exit code {process.ExitCode}):\n{log.Trim()}"), 0, log);
        return new Outcome(null, IndexedPages(log), log);
    }

    /// <summary>
    /// The Pagefind binary: <paramref name="explicitBinary"/> (<c>--pagefind</c>), else
    /// <see cref="EnvironmentVariable"/>, else the npm package installed with the tool
    /// (<c>node_modules/@pagefind/PLATFORM/bin/</c> in a folder above the tool's own), else <c>pagefind</c> on PATH.
    /// </summary>
    public static string? Locate(string? explicitBinary = null)
    {
        if (explicitBinary is not null) return File.Exists(explicitBinary) ? Path.GetFullPath(explicitBinary) : null;
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
            return File.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        var platform = Platform();
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var bin = Path.Combine(dir.FullName, "node_modules", "@pagefind", platform, "bin");
            foreach (var name in new[] { "pagefind_extended", "pagefind" })
                if (File.Exists(Path.Combine(bin, name))) return Path.Combine(bin, name);
        }
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Path.IsPathFullyQualified(folder)) continue; // "." on PATH would be the working folder again
            foreach (var name in new[] { "pagefind_extended", "pagefind" })
                if (File.Exists(Path.Combine(folder, name))) return Path.Combine(folder, name);
        }
        return null;
    }

    /// <summary>
    /// Which Pagefind a build would run (<see cref="Locate"/>), by the digest of its bytes, for the key of a site kept with
    /// its search index: another version, and the index is written again. Not by its time: the action installs the same
    /// version afresh on every run. Null when there is none.
    /// </summary>
    public static string? Identity(string? explicitBinary = null)
    {
        if (Locate(explicitBinary) is not { } binary) return null;
        var file = new FileInfo(binary);
        // A build asks twice (before and after it makes the site); 13 MB hashed once is 40 ms.
        return Identities.GetOrAdd(FormattableString.Invariant($"{binary} {file.Length} {file.LastWriteTimeUtc.Ticks}"), _ =>
        {
            using var stream = File.OpenRead(binary);
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
        });
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Identities = new(StringComparer.Ordinal);

    /// <summary>"Indexed 228 pages" from Pagefind's summary.</summary>
    private static int IndexedPages(string log)
    {
        var match = System.Text.RegularExpressions.Regex.Match(log, @"Indexed (\d+) pages?");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    private static string Platform()
    {
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : "linux";
        var arch = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64";
        return $"{os}-{arch}";
    }
}
