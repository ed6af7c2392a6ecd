using ArchiveSite.Rendering;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>
/// The theme's compiled templates kept on disk between runs: a second run compiles nothing, a damaged entry
/// is compiled again and replaced, an edited template gets its own entry, and a broken one still reports its line.
/// </summary>
public sealed class CompiledTemplateStoreTests
{
    [Fact]
    public async Task ASecondRunLoadsWhatTheFirstCompiled()
    {
        using var temp = new TempFolder();
        var store = Path.Combine(temp.Path, "store");
        var theme = new Theme(ThemeCopy.OfDefault(temp));
        var templates = Directory.GetFiles(theme.TemplatesFolder, "*.cshtml").Length;

        var first = new TemplateRenderer(theme, store);
        Assert.Empty(await first.CompileAllAsync());
        Assert.Equal(templates, first.TemplatesGenerated);
        var entries = Directory.GetFiles(store, "*.dll");
        Assert.Equal(templates, entries.Length);
        var written = entries.ToDictionary(f => f, File.GetLastWriteTimeUtc);
        await Task.Delay(20, TestContext.Current.CancellationToken);

        // Found by the templates' source: not even turned into C# again.
        var second = new TemplateRenderer(theme, store);
        Assert.Empty(await second.CompileAllAsync());
        Assert.Equal(0, second.TemplatesGenerated);
        Assert.All(entries, f => Assert.Equal(written[f], File.GetLastWriteTimeUtc(f)));

        // Damaged: never trusted, compiled again and replaced.
        File.WriteAllText(entries[0], "not an assembly");
        Assert.Empty(await new TemplateRenderer(theme, store).CompileAllAsync());
        Assert.True(new FileInfo(entries[0]).Length > 1000);

        // Edited: a new entry; the build uses it.
        var notFound = Path.Combine(theme.TemplatesFolder, "NotFound.cshtml");
        File.AppendAllText(notFound, "\n<p>edited</p>\n");
        var edited = new TemplateRenderer(theme, store);
        Assert.Empty(await edited.CompileAllAsync());
        Assert.Equal(1, edited.TemplatesGenerated);


        // Broken: the error still names the template and its line.
        File.AppendAllText(notFound, "@Model.NoSuchProperty\n");
        var errors = await new TemplateRenderer(theme, store).CompileAllAsync();
        var error = Assert.Single(errors);
        Assert.EndsWith("NotFound.cshtml", error.File, StringComparison.Ordinal);
        Assert.Contains("NoSuchProperty", error.Message, StringComparison.Ordinal);
        Assert.Equal(templates + 1, Directory.GetFiles(store, "*.dll").Length);
    }

    [Fact]
    public void CacheAndNoCacheDecideWhereTemplatesAreKept()
    {
        using var temp = new TempFolder();
        var theme = new Theme(ThemeCopy.OfDefault(temp));
        var chosen = Path.Combine(temp.Path, "chosen");
        Assert.Empty(ArchiveSite.Site.BuildCache.For(chosen, noCache: false).Templates.Get(theme).Errors);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(chosen, "templates"), "*.dll"));

        var none = Path.Combine(temp.Path, "none");
        Assert.Empty(ArchiveSite.Site.BuildCache.For(none, noCache: true).Templates.Get(theme).Errors);
        Assert.False(Directory.Exists(none));
    }
}
