using ArchiveSite.Diagnostics;

namespace ArchiveSite.Cli.Commands;

/// <summary>
/// Findings as GitHub Actions workflow commands (<c>::warning file=PATH,line=N::message</c>), so a pull
/// request shows them on the lines they are about. Paths are made relative to the working directory,
/// which in a workflow is the repository root.
/// </summary>
internal static class GitHubAnnotations
{
    /// <summary>GitHub shows a step's first ten annotations of each severity; past that, one per file says them all.</summary>
    public const int ShownPerSeverity = 10;

    public static void Write(IReadOnlyList<Diagnostic> findings, string contentDirectory, TextWriter writer, bool verbose = false)
    {
        // A large kind's first few are annotated, its rest counted in a plain log line (RepeatedFindings).
        var selected = RepeatedFindings.Select(findings, verbose);
        var diagnostics = selected.Select(e => e.Finding).ToList();
        foreach (var severity in diagnostics.GroupBy(d => d.Severity))
        {
            if (severity.Count() <= ShownPerSeverity)
            {
                foreach (var d in severity) Annotate(writer, contentDirectory, d.Severity, d.File, d.Line, d.Column, d.Message);
                continue;
            }
            foreach (var file in severity.GroupBy(d => d.File))
            {
                var first = file.First();
                var all = file.Count() == 1 ? first.Message : string.Join('\n', file.Select(d => d.Line > 0 ? $"line {d.Line}: {d.Message}" : d.Message));
                Annotate(writer, contentDirectory, first.Severity, first.File, first.Line, file.Count() == 1 ? first.Column : 0, all);
            }
        }
        foreach (var rest in selected.Select(e => e.RestOfKind).OfType<string>()) writer.WriteLine(ConsoleLines.Escape(rest));
    }

    private static void Annotate(TextWriter writer, string contentDirectory, Severity severity, string file, int line, int column, string message)
    {
        var path = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(contentDirectory, file)).Replace('\\', '/');
        var properties = $"file={Property(path)}";
        if (line > 0) properties += $",line={line}";
        if (column > 0) properties += $",col={column}";
        writer.WriteLine($"::{(severity == Severity.Error ? "error" : "warning")} {properties}::{Data(message)}");
    }

    // The escapes GitHub's runner expects (actions/toolkit, command.ts), and no `##[` (a command anywhere in a line).
    private static string Data(string text) =>
        text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").Replace("##[", "## [");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
