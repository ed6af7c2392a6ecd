using ArchiveSite.Text;
using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using ArchiveSite.Diagnostics;
using ArchiveSite.Urls;

namespace ArchiveSite.PostProcessing;

/// <summary>
/// Every internal href and src of every page must name a file the build wrote. Pages report their links
/// as they are rendered (from the finished HTML, so template and note links alike are checked): a link to a
/// file already known (every page is registered before rendering starts) is settled at once, and only the
/// rest wait for the check at the end, against the set of written files. No page is read back from disk,
/// and memory holds the few unsettled links rather than every link of every page.
/// </summary>
/// <remarks>
/// Links are read with a regular expression rather than a DOM: the pages are the builder's own output
/// (Razor always quotes attributes with <c>"</c>, and the sanitized note HTML is serialized by AngleSharp
/// the same way), and a DOM per page would double the build time for the same answer.
/// </remarks>
public sealed partial class LinkChecker(SiteAddress address)
{
    private readonly ConcurrentBag<(string Page, string Href, string Target)> _unsettled = [];
    private readonly ConcurrentDictionary<string, byte> _files = new(StringComparer.Ordinal);

    /// <summary>Records that the build writes a file at this site path (<c>/calls/</c> or <c>/feed.xml</c>).</summary>
    public void Wrote(string sitePath) => _files.TryAdd(SitePaths.FileFor(sitePath), 0);

    /// <summary>Records the internal links of a page at <paramref name="pagePath"/>.</summary>
    public void Scan(string pagePath, ReadOnlySpan<char> html)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Value matches allocate nothing (a page has hundreds of links: Match objects were half a gigabyte of a ×30
        // build); the value is what lies between the match's first and last quote.
        foreach (var m in Attribute().EnumerateMatches(html))
        {
            var attribute = html.Slice(m.Index, m.Length);
            var href = WebUtility.HtmlDecode(attribute[(attribute.IndexOf('"') + 1)..^1].ToString());
            if (!seen.Add(href) || Target(pagePath, href) is not { } target || _files.ContainsKey(target)) continue;
            _unsettled.Add((pagePath, href, target));
        }
    }

    /// <summary>One error per broken link, naming the page and the link; none when all resolve.</summary>
    public IReadOnlyList<Diagnostic> Check() =>
        _unsettled.Where(l => !_files.ContainsKey(l.Target))
            .OrderBy(l => l.Page, StringComparer.Ordinal).ThenBy(l => l.Href, StringComparer.Ordinal)
            .Select(l => Diagnostic.Error(SitePaths.FileFor(l.Page), 0, 0, $"broken internal link '{l.Href}': no page or file {l.Target} was built"))
            .ToList();

    /// <summary>The output file an internal link needs, or null for external links, fragments and mail.</summary>
    private string? Target(string pagePath, string href)
    {
        if (href.Length == 0 || href.StartsWith('#') || href.StartsWith("//", StringComparison.Ordinal) || UrlText.HasScheme(href)) return null;
        var path = Uri.UnescapeDataString(UrlText.WithoutQueryAndFragment(href));
        if (path.Length == 0) return null;
        string sitePath;
        if (path.StartsWith('/'))
        {
            if (!path.StartsWith(address.BasePath, StringComparison.Ordinal)) return path + " (outside the site's base path " + address.BasePath + ")";
            sitePath = "/" + path[address.BasePath.Length..];
        }
        else
        {
            var folder = pagePath.EndsWith('/') ? pagePath : pagePath[..(pagePath.LastIndexOf('/') + 1)];
            sitePath = new Uri(new Uri("http://site" + folder), path).AbsolutePath;
        }
        return SitePaths.FileFor(sitePath);
    }

    [GeneratedRegex("\\s(?:href|src)=\"[^\"]*\"", RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();

}
