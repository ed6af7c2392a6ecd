using System.Collections;

namespace ArchiveSite.Caching;

/// <summary>
/// A read-only list equal to another of equal items in the same order: what a record holding lists needs for its
/// generated equality to compare their contents (a plain list compares as the same object or not).
/// </summary>
public sealed class EquatableList<T>(IReadOnlyList<T> items) : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    public T this[int index] => items[index];

    public int Count => items.Count;

    public bool Equals(EquatableList<T>? other) =>
        other is not null && (ReferenceEquals(items, other.Items) || items.SequenceEqual(other.Items));

    public override bool Equals(object? obj) => Equals(obj as EquatableList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items) hash.Add(item);
        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IReadOnlyList<T> Items => items;
}
