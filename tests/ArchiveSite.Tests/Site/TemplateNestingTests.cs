using ArchiveSite.Rendering;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>
/// A theme's page as Razor writes it: its layout's layout around it, a partial in place and a section where the layout
/// asks for it, text encoded. Each render thread keeps the builders pages are written into from page to page, so a
/// page must come out the same whatever was rendered before it on that thread, a page too big to keep included.
/// </summary>
public sealed class TemplateNestingTests
{
    private static async Task<TemplateRenderer> Renderer(TempFolder temp)
    {
        temp.Write("theme/templates/_Outer.cshtml", "<html>@RenderBody()</html>");
        temp.Write("theme/templates/_Inner.cshtml", "@{ Layout = \"_Outer\"; }<main>@RenderBody()</main>@RenderSection(\"foot\", required: false)");
        temp.Write("theme/templates/_Part.cshtml", "@model string\n<i>@Model</i>");
        temp.Write("theme/templates/Page.cshtml",
            "@model string\n@{ Layout = \"_Inner\"; }<p>@Model</p>@{ await IncludeAsync(\"_Part\", Model + \"!\"); }\n@section foot {<footer>@Model.Length</footer>}");
        var renderer = new TemplateRenderer(new Theme(Path.Combine(temp.Path, "theme")));
        var errors = await renderer.CompileAllAsync();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return renderer;
    }

    private static string Expected(string text, string encoded) =>
        $"<html><main><p>{encoded}</p><i>{encoded}!</i></main><footer>{text.Length}</footer></html>";

    [Fact]
    public async Task LayoutsPartialsAndSectionsNestAsRazorWritesThem()
    {
        using var temp = new TempFolder();
        var renderer = await Renderer(temp);

        Assert.Equal(Expected("Ana & Bo", "Ana &amp; Bo"), renderer.Render("Page", "Ana & Bo"));
    }

    [Fact]
    public async Task APageComesOutTheSameWhateverWasRenderedBeforeIt()
    {
        using var temp = new TempFolder();
        var renderer = await Renderer(temp);
        var (big, huge) = (new string('b', 200_000), new string('h', 3_000_000));

        // One thread, as a render worker is: the builders the big pages grew are the small pages' next.
        var pages = await Task.Factory.StartNew(() => new[] { "small", big, "small", huge, "small", big, "tiny" }.Select(m => renderer.Render("Page", m)).ToList(),
            TestContext.Current.CancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        Assert.Equal([Expected("small", "small"), Expected(big, big), Expected("small", "small"), Expected(huge, huge),
            Expected("small", "small"), Expected(big, big), Expected("tiny", "tiny")], pages);
    }

    [Fact]
    public async Task APageReadInPlaceIsThePageRendered()
    {
        using var temp = new TempFolder();
        var renderer = await Renderer(temp);
        var models = new[] { "small", new string('b', 200_000), "small", new string('c', 150_000), "tiny" };

        // As the build writes pages: read from the thread's builder (grown in blocks while the first big page is
        // written, one block after), never made a string first.
        var read = await Task.Factory.StartNew(() => models.Select(m => renderer.Render("Page", m, html => html.ToString())).ToList(),
            TestContext.Current.CancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        Assert.Equal(models.Select(m => Expected(m, m)), read);
    }
}
