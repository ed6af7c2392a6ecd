using System.Diagnostics;

namespace ArchiveSite.Tests.Support;

/// <summary>Runs the real <c>archive-site</c> CLI in its own process, as a user or CI would.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result Run(params string[] args) => RunIn(null, args);

    /// <summary>Runs the command with <paramref name="workingDirectory"/> as its current folder.</summary>
    public static Result RunIn(string? workingDirectory, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "ArchiveSite.Cli.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null) info.WorkingDirectory = workingDirectory;
        info.ArgumentList.Add(cli);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"archive-site {string.Join(' ', args)} did not finish in 120 s");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
