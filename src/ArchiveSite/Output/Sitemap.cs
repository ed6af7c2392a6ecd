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

    /// <returns>The site paths of the files written.</returns>
    public static IReadOnlyList<string> Write(string siteFolder, IReadOnlyList<string> pagePaths, SiteAddress address)
    {
        var written = new List<string>();
        var chunks = pagePaths.Chunk(UrlsPerFile).ToList();
        if (chunks.Count <= 1)
        {
            WriteUrls(Path.Combine(siteFolder, "sitemap.xml"), pagePaths, address);
            written.Add("/sitemap.xml");
        }
        else
        {
            using var index = Create(Path.Combine(siteFolder, "sitemap.xml"));
            index.WriteStartElement("sitemapindex", Ns);
            for (var i = 0; i < chunks.Count; i++)
            {
                var name = $"/sitemap-{i + 1}.xml";
                WriteUrls(Path.Combine(siteFolder, name.TrimStart('/')), chunks[i], address);
                written.Add(name);
                index.WriteStartElement("sitemap", Ns);
                index.WriteElementString("loc", Ns, address.Absolute(name));
                index.WriteEndElement();
            }
            index.WriteEndElement();
            written.Add("/sitemap.xml");
        }
        var robots = "User-agent: *\nAllow: /\n" + (address.IsAbsolute ? $"Sitemap: {address.Absolute("/sitemap.xml")}\n" : "");
        File.WriteAllText(Path.Combine(siteFolder, "robots.txt"), robots);
        written.Add("/robots.txt");
        return written;
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
