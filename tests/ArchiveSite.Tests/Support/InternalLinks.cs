using AngleSharp.Html.Parser;

namespace ArchiveSite.Tests.Support;

/// <summary>
/// A crawler's view of a built site, independent of the builder's own link check: every href and src
/// of every HTML page, parsed with a real HTML parser, resolved against the page's URL.
/// </summary>
public static class InternalLinks
{
    /// <returns>"page → href" for each internal link whose target file does not exist.</returns>
    public static IReadOnlyList<string> Broken(string root)
    {
        var parser = new HtmlParser();
        var broken = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories))
        {
            var relative = "/" + Path.GetRelativePath(root, file).Replace('\\', '/');
            var pageUrl = new Uri("http://site" + (relative.EndsWith("/index.html", StringComparison.Ordinal) ? relative[..^"index.html".Length] : relative));
            var document = parser.ParseDocument(File.ReadAllText(file));
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var value = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (value.StartsWith('#') || value.Length == 0) continue;
                // A malformed absolute URL in a note is someone else's broken link, not a missing page here.
                if (!Uri.TryCreate(pageUrl, value, out var target) || target.Host != "site") continue;
                var path = Uri.UnescapeDataString(target.AbsolutePath);
                var onDisk = Path.Combine(root, path.TrimStart('/') + (path.EndsWith('/') ? "index.html" : ""));
                if (!File.Exists(onDisk)) broken.Add($"{relative} → {value}");
            }
        }
        return broken;
    }
}
