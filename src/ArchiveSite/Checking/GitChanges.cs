using System.Diagnostics;

namespace ArchiveSite.Checking;

/// <summary>
/// The files of a content folder that differ from a git revision (<c>--changed-since origin/main</c>):
/// committed and uncommitted changes, and new files git does not ignore. Paths come back relative to the
/// content folder. Git is run with its arguments as a list, never through a shell.
/// </summary>
public static class GitChanges
{
    public sealed class GitChangesException(string message) : Exception(message);

    private static readonly string[] QuotePathOff = ["-c", "core.quotepath=off"];

    public static IReadOnlyList<string> Since(string contentFolder, string revision)
    {
        if (revision.StartsWith('-')) throw new GitChangesException($"'{revision}' is not a revision");
        // The merge base, as GitHub's "files changed" does: what the branch changed, not what main gained since.
        var changed = Git(contentFolder, "diff", "--name-only", "--relative", "--no-renames", revision + "...HEAD", "--")
            .Concat(Git(contentFolder, "diff", "--name-only", "--relative", "--no-renames", "HEAD", "--"))
            .Concat(Git(contentFolder, "ls-files", "--others", "--exclude-standard"));
        return changed.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        // Paths with non-ASCII names come back as they are, not quoted and escaped.
        foreach (var argument in QuotePathOff.Concat(arguments)) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new GitChangesException("git is not installed; install it, or name the changed notes as arguments");
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new GitChangesException($"git {string.Join(' ', arguments.Take(2))} failed: {error.Result.Trim()}");
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
    }
}
