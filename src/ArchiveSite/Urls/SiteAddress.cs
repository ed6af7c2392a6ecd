namespace ArchiveSite.Urls;

/// <summary>
/// Where the site is published, from <c>base_url</c> (or <c>--base-url</c>): hrefs in pages are
/// root-relative under its path (<c>/archive/calls/...</c>), while the feed, sitemap and canonical links
/// need absolute URLs and get them when the base URL is absolute.
/// </summary>
public sealed record SiteAddress(string BasePath, string? Origin)
{
    public static SiteAddress Parse(string baseUrl)
    {
        if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            return new SiteAddress(WithSlashes(uri.AbsolutePath), uri.GetLeftPart(UriPartial.Authority));
        return new SiteAddress(WithSlashes(baseUrl), null);
    }

    public bool IsAbsolute => Origin is not null;

    /// <summary>An href for a site path (<c>/calls/</c>), under the base path.</summary>
    public string Href(string path) => BasePath + path.TrimStart('/');

    /// <summary>An absolute URL where the base URL is absolute; otherwise the href.</summary>
    public string Absolute(string path) => (Origin ?? "") + Href(path);

    private static string WithSlashes(string path)
    {
        var trimmed = path.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }
}
