using ArchiveSite.Model;

namespace ArchiveSite.Refs;

/// <summary>
/// The contents of <c>refs.json</c>: what GitHub said of each reference at the last <c>refs sync</c>, and, per
/// repository, the time up to which its changes were swept (the next sync asks only for what changed since).
/// </summary>
public sealed record RefsCache(
    IReadOnlyDictionary<ReferenceKey, ReferenceFacts> References,
    IReadOnlyDictionary<string, DateTimeOffset> CheckedThrough)
{
    public static readonly RefsCache Empty = new(new Dictionary<ReferenceKey, ReferenceFacts>(), new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal));
}
