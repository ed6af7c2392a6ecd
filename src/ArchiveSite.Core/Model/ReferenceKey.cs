using MemoryPack;

namespace ArchiveSite.Model;

/// <summary>A GitHub pull request or issue, lowercased: <c>falcosecurity/falco#1191</c>.</summary>
[MemoryPackable]
public readonly partial record struct ReferenceKey(string Owner, string Repo, int Number) : IComparable<ReferenceKey>
{
    public static ReferenceKey Create(string owner, string repo, int number) =>
        new(owner.ToLowerInvariant(), repo.ToLowerInvariant(), number);

    public string Repository => $"{Owner}/{Repo}";

    public int CompareTo(ReferenceKey other)
    {
        var c = string.CompareOrdinal(Owner, other.Owner);
        if (c != 0) return c;
        c = string.CompareOrdinal(Repo, other.Repo);
        return c != 0 ? c : Number.CompareTo(other.Number);
    }

    public override string ToString() => $"{Owner}/{Repo}#{Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static bool operator <(ReferenceKey left, ReferenceKey right) => left.CompareTo(right) < 0;
    public static bool operator <=(ReferenceKey left, ReferenceKey right) => left.CompareTo(right) <= 0;
    public static bool operator >(ReferenceKey left, ReferenceKey right) => left.CompareTo(right) > 0;
    public static bool operator >=(ReferenceKey left, ReferenceKey right) => left.CompareTo(right) >= 0;
}
