using ArchiveSite.Rendering.Views;
using ArchiveSite.Urls;

namespace ArchiveSite.Site;

/// <summary>Splits long lists (a person's 5,000 calls, a repository's 10,000 references) into numbered pages.</summary>
public static class Pagination
{
    public const int PageSize = 100;

    public sealed record Slice<T>(string Path, IReadOnlyList<T> Items, Pager Pager);

    /// <summary>Pages <c>first</c>, <c>first/page/2/</c>, ...; an empty list still has its one (empty) page.</summary>
    public static IEnumerable<Slice<T>> Paginate<T>(IReadOnlyList<T> items, string first, SiteAddress address, int size = PageSize)
    {
        var count = Math.Max(1, (items.Count + size - 1) / size);
        var array = items as T[] ?? items.ToArray();
        for (var page = 1; page <= count; page++)
        {
            var start = (page - 1) * size;
            var slice = new ArraySegment<T>(array, start, Math.Min(size, items.Count - start));
            yield return new Slice<T>(SitePaths.Page(first, page), slice, MakePager(page, count, first, address));
        }
    }

    private static Pager MakePager(int page, int count, string first, SiteAddress address)
    {
        if (count == 1) return Pager.OnePage;
        string Href(int n) => address.Href(SitePaths.Page(first, n));
        // First, last, and two either side of the current page: a short bar even for a thousand pages.
        var shown = new SortedSet<int> { 1, count };
        for (var n = Math.Max(1, page - 2); n <= Math.Min(count, page + 2); n++) shown.Add(n);
        return new Pager(page, count,
            page > 1 ? Href(page - 1) : null,
            page < count ? Href(page + 1) : null,
            shown.Select(n => new Link(n.ToString(System.Globalization.CultureInfo.InvariantCulture), Href(n))).ToList());
    }
}
