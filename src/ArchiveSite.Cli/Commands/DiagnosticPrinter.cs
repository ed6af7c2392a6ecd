using ArchiveSite.Diagnostics;

namespace ArchiveSite.Cli.Commands;

/// <summary>Prints findings to stderr as <c>file:line:column: severity: message</c>, then a count.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in diagnostics) writer.WriteLine(d);
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        if (diagnostics.Count > 0) writer.WriteLine($"{errors} error(s), {warnings} warning(s)");
    }
}
