using System.Collections.Concurrent;

namespace ArchiveSite.Diagnostics;

/// <summary>Collects findings from every stage, safely from parallel work, and hands them back in a stable order.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) _items.Add(d);
    }

    public bool HasAny(Severity severity) => _items.Any(d => d.Severity == severity);

    /// <summary>Sorted by file, line, column, message: parallel parsing must not change the report.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.File, StringComparer.Ordinal)
              .ThenBy(d => d.Line).ThenBy(d => d.Column)
              .ThenBy(d => d.Message, StringComparer.Ordinal)
              .ToList();
}
