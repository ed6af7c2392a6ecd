using System.Text.RegularExpressions;

namespace ArchiveSite.Text;

/// <summary>The questions link settling, link vetting (notes) and link checking (pages) ask of an href.</summary>
public static partial class UrlText
{
    /// <summary><c>https:</c>, <c>mailto:</c>, <c>javascript:</c>...: the link does not name a file of this site.</summary>
    public static bool HasScheme(string url) => SchemePrefix().IsMatch(url);

    /// <summary>An http or https address: a page elsewhere on the web (gets <c>rel="noopener"</c>).</summary>
    public static bool IsWeb(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The path part: everything before <c>?</c> or <c>#</c>.</summary>
    public static string WithoutQueryAndFragment(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        return end < 0 ? url : url[..end];
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex SchemePrefix();
}
