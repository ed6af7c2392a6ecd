using MemoryPack;

namespace ArchiveSite.Diagnostics;

/// <summary>One finding about one place in one note: <c>file:line:column: severity: message</c>.</summary>
/// <param name="File">Path of the note, relative to the content folder.</param>
/// <param name="Line">1-based line; 0 when the finding is about the whole file.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
[MemoryPackable]
public sealed partial record Diagnostic(Severity Severity, string File, int Line, int Column, string Message)
{
    public static Diagnostic Error(string file, int line, int column, string message) =>
        new(Severity.Error, file, line, column, message);

    public static Diagnostic Warning(string file, int line, string message) =>
        new(Severity.Warning, file, line, 0, message);

    public string Location => Line <= 0 ? File : Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}";

    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
