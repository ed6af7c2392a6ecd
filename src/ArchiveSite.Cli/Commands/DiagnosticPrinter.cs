using ArchiveSite.Diagnostics;

namespace ArchiveSite.Cli.Commands;

/// <summary>
/// Prints findings to stderr as <c>file:line:column: severity: message</c>, a large kind's rest as one line
/// (<see cref="RepeatedFindings"/>), then a count of all of them.
/// </summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer, bool verbose = false)
    {
        foreach (var entry in RepeatedFindings.Select(diagnostics, verbose))
        {
            writer.WriteLine(entry.Finding);
            if (entry.RestOfKind is not null) writer.WriteLine(entry.RestOfKind);
        }
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        if (diagnostics.Count > 0) writer.WriteLine($"{errors} error(s), {warnings} warning(s)");
    }
}
