using ArchiveSite.Output;
using ArchiveSite.Rendering.Views;
using ArchiveSite.Site;
using ArchiveSite.Site.Outputs;
using ArchiveSite.Site.Pages;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>
/// A kind of page and a kind of output added from outside the library, as the README's map says a new one is
/// added: one entry each in the kinds a build is given, one template in the theme. The build renders the page,
/// puts it in every page's navigation, indexes its folder for search, writes the output beside the pages and
/// link-checks the page's link to it; a theme without the template is refused before any page is written.
/// </summary>
public sealed class SiteKindsTests
{
    private static readonly PageKind Toys = new("toys", ["Toys"], [("Toys", "/toys/")], b =>
    [
        new RenderJob("/toys/", "Toys", () => new NotFoundPage { Site = b.Context.Chrome, Title = "Toys", CanonicalUrl = b.Context.Canonical("/toys/") }),
    ], ["toys"]);

    private static readonly OutputKind ToyCount = new("toy count", b =>
        [new OutputFile("/toys/count.txt", null, file => File.WriteAllText(file, b.Context.Archive.Meetings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);

    private static readonly SiteKinds WithToys = new([.. PageKinds.All, Toys], [.. OutputKinds.All, ToyCount]);

    [Fact]
    public void AToyPageKindAndOutputAreBuiltNavigatedSearchedAndLinkChecked()
    {
        using var temp = new TempFolder();
        var (content, theme) = Content(temp);
        File.WriteAllText(Path.Combine(theme, "templates", "Toys.cshtml"),
            "@model ArchiveSite.Rendering.Views.NotFoundPage\n@{ Layout = \"_Layout\"; }\n<h1>Toys</h1>\n<p><a href=\"/toys/count.txt\">how many calls</a></p>\n");
        var output = Path.Combine(temp.Path, "site");

        var result = SiteBuilder.Build(new BuildOptions(content, output, Search: false, Theme: theme, Kinds: WithToys));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("<h1>Toys</h1>", File.ReadAllText(Path.Combine(output, "toys", "index.html")), StringComparison.Ordinal);
        Assert.Contains("href=\"/toys/\"", File.ReadAllText(Path.Combine(output, "calls", "index.html")), StringComparison.Ordinal);
        Assert.Equal(result.Calls.ToString(System.Globalization.CultureInfo.InvariantCulture), File.ReadAllText(Path.Combine(output, "toys", "count.txt")));
        Assert.Contains(result.Stages, s => s.Stage.StartsWith("wrote feed, follow feeds, calendars, sitemap and robots.txt, meetings.json, toy count", StringComparison.Ordinal));
        Assert.Equal("{calls,people,refs,series,toys}/**/*.html", PageKinds.SearchGlob(WithToys.Pages));
    }

    [Fact]
    public void AToyOutputNobodyWroteIsABrokenLinkAndAMissingTemplateIsRefused()
    {
        using var temp = new TempFolder();
        var (content, theme) = Content(temp);
        File.WriteAllText(Path.Combine(theme, "templates", "Toys.cshtml"),
            "@model ArchiveSite.Rendering.Views.NotFoundPage\n@{ Layout = \"_Layout\"; }\n<p><a href=\"/toys/count.txt\">how many calls</a></p>\n");

        var withoutOutput = SiteBuilder.Build(new BuildOptions(content, Path.Combine(temp.Path, "a"), Search: false, Theme: theme, Kinds: new([.. PageKinds.All, Toys], OutputKinds.All)));
        File.Delete(Path.Combine(theme, "templates", "Toys.cshtml"));
        var withoutTemplate = SiteBuilder.Build(new BuildOptions(content, Path.Combine(temp.Path, "b"), Search: false, Theme: theme, Kinds: WithToys));

        Assert.False(withoutOutput.Succeeded);
        Assert.Contains(withoutOutput.Diagnostics, d => d.Message.Contains("/toys/count.txt", StringComparison.Ordinal));
        Assert.False(withoutTemplate.Succeeded);
        Assert.Contains(withoutTemplate.Diagnostics, d => d.ToString().Contains("Toys.cshtml", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "b")));
    }

    private static (string Content, string Theme) Content(TempFolder temp)
    {
        var content = Path.Combine(temp.Path, "content");
        SiteContent.CopyExample(content);
        return (content, ThemeCopy.OfDefault(temp));
    }
}
