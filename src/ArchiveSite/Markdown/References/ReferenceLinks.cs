namespace ArchiveSite.Markdown.References;

/// <summary>
/// The link target for text references during one render on this thread. The pipeline is shared and
/// frozen, so the page being rendered supplies its links here rather than through the pipeline.
/// </summary>
public static class ReferenceLinks
{
    [ThreadStatic] private static Func<ReferenceInline, string?>? _current;

    public static Func<ReferenceInline, string?>? Current => _current;

    public static IDisposable Use(Func<ReferenceInline, string?> linkFor)
    {
        var previous = _current;
        _current = linkFor;
        return new Restore(previous);
    }

    private sealed class Restore(Func<ReferenceInline, string?>? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }
}
