using ArchiveSite.Caching;
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
        var array = items as T[] ?? items.ToArray();
        return Pages(items.Count, first, address, size).Select(page => new Slice<T>(page.Path, page.Of(array), page.Pager));
    }

    /// <summary>One page of a list, without its items: which of them it shows (<see cref="Of"/>).</summary>
    public sealed record Page(string Path, Pager Pager, int Start, int Length)
    {
        public IReadOnlyList<T> Of<T>(T[] items) => new ArraySegment<T>(items, Start, Length);
    }

    /// <summary>The pages of a list of <paramref name="count"/> items, for a list that is made only when one of its pages is.</summary>
    public static IEnumerable<Page> Pages(int count, string first, SiteAddress address, int size = PageSize)
    {
        var pages = Math.Max(1, (count + size - 1) / size);
        for (var page = 1; page <= pages; page++)
        {
            var start = (page - 1) * size;
            yield return new Page(SitePaths.Page(first, page), MakePager(page, pages, first, address), start, Math.Min(size, count - start));
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
            // Compared item by item: a list page's reads hold its pager (PageMemo).
            new EquatableList<Link>(shown.Select(n => new Link(n.ToString(System.Globalization.CultureInfo.InvariantCulture), Href(n))).ToList()));
    }
}
