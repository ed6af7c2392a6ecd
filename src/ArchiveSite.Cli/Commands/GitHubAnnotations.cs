using ArchiveSite.Diagnostics;

namespace ArchiveSite.Cli.Commands;

/// <summary>
/// Findings as GitHub Actions workflow commands (<c>::warning file=PATH,line=N::message</c>), so a pull
/// request shows them on the lines they are about. Paths are made relative to the working directory,
/// which in a workflow is the repository root.
/// </summary>
internal static class GitHubAnnotations
{
    public static void Write(IReadOnlyList<Diagnostic> diagnostics, string contentDirectory, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            var path = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(contentDirectory, d.File)).Replace('\\', '/');
            var properties = $"file={Property(path)}";
            if (d.Line > 0) properties += $",line={d.Line}";
            if (d.Column > 0) properties += $",col={d.Column}";
            writer.WriteLine($"::{(d.Severity == Severity.Error ? "error" : "warning")} {properties}::{Data(d.Message)}");
        }
    }

    // The escapes GitHub's runner expects (actions/toolkit, command.ts).
    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
