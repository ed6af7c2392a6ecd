using System.Text.Json.Serialization.Metadata;
using ArchiveSite.Caching;

namespace ArchiveSite.Output;

/// <summary>
/// One file a build writes beside the pages (a feed, a calendar, the sitemap, the export).
/// </summary>
/// <param name="Path">Its site path (<c>/feed.xml</c>).</param>
/// <param name="Fingerprint">
/// What it is made from, for keeping the last build's file when that is unchanged; null when it is cheaper to
/// write than to fingerprint (written every build).
/// </param>
/// <param name="Write">Writes it to the given file.</param>
public sealed record OutputFile(string Path, Func<byte[]>? Fingerprint, Action<string> Write)
{
    /// <summary>
    /// The value it is made from, when it is one (<see cref="From{T}"/>): a process that builds again compares it with
    /// the last build's (by value, for a record whose lists are <see cref="EquatableList{T}"/>s) and, when equal, takes
    /// the last fingerprint instead of hashing it again (Site/PageMemo).
    /// </summary>
    public Func<object>? Value { get; init; }

    /// <summary>
    /// A file made from one typed value: <paramref name="write"/> is handed that value and nothing else, and the
    /// fingerprint is the value's hash (<see cref="ValueHash"/>), so no input can be left out of it. The value is
    /// taken once, when the build first asks for either.
    /// </summary>
    public static OutputFile From<T>(string path, Func<T> inputs, JsonTypeInfo<T> json, Action<string, T> write)
    {
        var value = new Lazy<T>(inputs);
        return new OutputFile(path, () => ValueHash.Of(value.Value, json), file => write(file, value.Value)) { Value = () => value.Value! };
    }
}
