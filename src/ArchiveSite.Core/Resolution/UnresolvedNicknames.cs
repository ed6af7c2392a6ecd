using ArchiveSite.Diagnostics;

namespace ArchiveSite.Resolution;

/// <summary>Presenter nicknames no one matched, reported once each with a count.</summary>
internal sealed class UnresolvedNicknames
{
    private readonly Dictionary<string, (string File, int Line, int Count)> _seen = new(StringComparer.OrdinalIgnoreCase);

    public void Note(string nickname, string file, int line) =>
        _seen[nickname] = _seen.TryGetValue(nickname, out var s) ? s with { Count = s.Count + 1 } : (file, line, 1);

    public void Report(DiagnosticBag diagnostics)
    {
        foreach (var (nickname, (file, line, count)) in _seen)
            diagnostics.Add(Diagnostic.Warning(file, line,
                $"presenter '[{nickname}]' matches no one{(count > 1 ? $" ({count} times in all)" : "")}; add it as an alias in people.yml"));
    }
}
