using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArchiveSite.Site;
using ArchiveSite.Urls;

namespace ArchiveSite.Tests.Support;

/// <summary>A site built by the real builder into a folder, read back the way a browser or crawler would.</summary>
public sealed class BuiltSite
{
    private static readonly HtmlParser Parser = new();

    public string Root { get; }
    public BuildResult Result { get; }

    private BuiltSite(string root, BuildResult result)
    {
        Root = root;
        Result = result;
    }

    /// <summary>Builds without search unless asked: Pagefind adds a second or two and most tests do not need it.</summary>
    public static BuiltSite Build(string content, string output, string? baseUrl = null, bool search = false, string? settingsFile = null) =>
        new(output, SiteBuilder.Build(SharedTemplates.With(new BuildOptions(content, output, baseUrl, search, SettingsFile: settingsFile))));

    /// <summary>The file a site path is served from (<c>/calls/</c> → <c>calls/index.html</c>).</summary>
    public string File(string sitePath) => Path.Combine(Root, SitePaths.FileFor(sitePath));

    public bool Exists(string sitePath) => System.IO.File.Exists(File(sitePath));

    public IDocument Page(string sitePath) => Parser.ParseDocument(System.IO.File.ReadAllText(File(sitePath)));

    public IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(Root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public string Errors() => string.Join("\n", Result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error));
}
