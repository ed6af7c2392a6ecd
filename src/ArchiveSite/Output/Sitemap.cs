using System.Xml;
using ArchiveSite.Urls;

namespace ArchiveSite.Output;

/// <summary>
/// <c>sitemap.xml</c> for every page, and <c>robots.txt</c> pointing at it. Past the protocol's
/// 50,000 URLs per file, <c>sitemap.xml</c> becomes an index of <c>sitemap-N.xml</c> files.
/// </summary>
public static class Sitemap
{
    public const int UrlsPerFile = 50_000;
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The files: <c>sitemap.xml</c> (an index past <see cref="UrlsPerFile"/>, with its <c>sitemap-N.xml</c>) and <c>robots.txt</c>.</summary>
    public static IEnumerable<OutputFile> Files(IReadOnlyList<string> pagePaths, SiteAddress address)
    {
        var chunks = pagePaths.Chunk(UrlsPerFile).ToList();
        if (chunks.Count <= 1)
            yield return new OutputFile("/sitemap.xml", null, file => WriteUrls(file, pagePaths, address));
        else
        {
            for (var i = 0; i < chunks.Count; i++)
            {
                var chunk = chunks[i];
                yield return new OutputFile($"/sitemap-{i + 1}.xml", null, file => WriteUrls(file, chunk, address));
            }
            yield return new OutputFile("/sitemap.xml", null, file => WriteIndex(file, chunks.Count, address));
        }
        var robots = "User-agent: *\nAllow: /\n" + (address.IsAbsolute ? $"Sitemap: {address.Absolute("/sitemap.xml")}\n" : "");
        yield return new OutputFile("/robots.txt", null, file => File.WriteAllText(file, robots));
    }

    private static void WriteIndex(string file, int parts, SiteAddress address)
    {
        using var index = Create(file);
        index.WriteStartElement("sitemapindex", Ns);
        for (var i = 0; i < parts; i++)
        {
            index.WriteStartElement("sitemap", Ns);
            index.WriteElementString("loc", Ns, address.Absolute($"/sitemap-{i + 1}.xml"));
            index.WriteEndElement();
        }
        index.WriteEndElement();
    }

    private static void WriteUrls(string file, IEnumerable<string> paths, SiteAddress address)
    {
        using var writer = Create(file);
        writer.WriteStartElement("urlset", Ns);
        foreach (var path in paths)
        {
            writer.WriteStartElement("url", Ns);
            writer.WriteElementString("loc", Ns, address.Absolute(path));
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    private static XmlWriter Create(string file) =>
        XmlWriter.Create(file, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
}
