using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>A site author's own theme: a copy of the default, named in archive.yml, edited without C#.</summary>
public sealed class ThemeTests
{
    private const string Note = SampleNote.OneCall;

    [Fact]
    public void ArchiveYmlPointsAtAnEditedCopyOfTheTheme()
    {
        using var temp = new TempFolder();
        var theme = ThemeCopy.OfDefault(temp);
        var home = Path.Combine(theme, "templates", "Home.cshtml");
        File.WriteAllText(home, File.ReadAllText(home).Replace("<h1>@Model.Title</h1>", "<h1>@Model.Title</h1>\n<p id=\"custom\">Our own theme</p>"));
        File.AppendAllText(Path.Combine(theme, "assets", "site.css"), "\n#custom { font-style: italic; }\n");
        temp.Write("content/archive.yml", "title: Widget calls\ntheme: ../my-theme\n");
        temp.Write("content/2024-01-10.md", Note);

        var site = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"));

        Assert.True(site.Result.Succeeded, site.Errors());
        var page = site.Page("/");
        Assert.Equal("Our own theme", page.QuerySelector("#custom")!.TextContent);
        var css = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Contains("#custom { font-style: italic; }", File.ReadAllText(site.File(css)));
    }

    [Fact]
    public void ABrokenTemplateFailsTheBuildNamingItsFileAndKeepsThePreviousSite()
    {
        using var temp = new TempFolder();
        var theme = ThemeCopy.OfDefault(temp);
        temp.Write("content/archive.yml", "theme: ../my-theme\n");
        temp.Write("content/2024-01-10.md", Note);
        var content = Path.Combine(temp.Path, "content");
        var output = Path.Combine(temp.Path, "site");
        Assert.True(BuiltSite.Build(content, output).Result.Succeeded);
        var before = File.ReadAllText(Path.Combine(output, "index.html"));

        var call = Path.Combine(theme, "templates", "Call.cshtml");
        File.WriteAllText(call, File.ReadAllText(call).Replace("@Model.DateText", "@Model.NoSuchProperty"));
        var broken = BuiltSite.Build(content, output);

        Assert.False(broken.Result.Succeeded);
        Assert.Contains($"{call}: error: the template does not compile", broken.Errors());
        Assert.Contains("NoSuchProperty", broken.Errors());
        Assert.Equal(before, File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void AThemeMissingAPageTemplateIsRefusedBeforeAnythingIsWritten()
    {
        using var temp = new TempFolder();
        var theme = ThemeCopy.OfDefault(temp);
        File.Delete(Path.Combine(theme, "templates", "Reference.cshtml"));
        temp.Write("content/archive.yml", "theme: ../my-theme\n");
        temp.Write("content/2024-01-10.md", Note);

        var site = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"));

        Assert.False(site.Result.Succeeded);
        Assert.Contains($"{Path.Combine(theme, "templates", "Reference.cshtml")}: error: the theme lacks this template; copy it from themes/default", site.Errors());
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "site")));
    }
}
