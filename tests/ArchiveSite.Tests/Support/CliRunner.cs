using System.Diagnostics;

namespace ArchiveSite.Tests.Support;

/// <summary>Runs the real <c>archive-site</c> CLI in its own process, as a user or CI would.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result Run(params string[] args) => RunIn(null, args);

    /// <summary>Runs the command with <paramref name="workingDirectory"/> as its current folder.</summary>
    public static Result RunIn(string? workingDirectory, params string[] args) =>
        Process("dotnet", workingDirectory, [Path.Combine(AppContext.BaseDirectory, "ArchiveSite.Cli.dll"), .. args]);

    /// <summary>Runs any program to its end (two minutes at most), capturing what it prints.</summary>
    public static Result Process(string program, string? workingDirectory, params string[] args) =>
        Process(program, workingDirectory, new Dictionary<string, string>(), TimeSpan.FromMinutes(2), args);

    /// <summary>Runs a program with more environment variables, for as long as <paramref name="limit"/>.</summary>
    public static Result Process(string program, string? workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan limit, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null) info.WorkingDirectory = workingDirectory;
        // Hermetic: the CLI's cache is this test run's (TestCache), never the user's; a test may still name its own.
        info.Environment["ARCHIVE_SITE_CACHE"] = TestCache.Folder;
        foreach (var (name, value) in environment) info.Environment[name] = value;
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in {limit.TotalSeconds} s");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
