using ArchiveSite.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using RazorLight;

namespace ArchiveSite.Rendering;

/// <summary>
/// Renders a theme's Razor templates. Each template is compiled once (RazorLight caches the compiled
/// type; <see cref="CompileAllAsync"/> compiles them in parallel up front), then every page is a cheap
/// render that may run on any thread. Templates encode text by default; only note HTML that went through
/// the sanitizer is written raw.
/// </summary>
public sealed class TemplateRenderer
{
    private static readonly HtmlEncoder TextEncoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly RazorLightEngine _engine;
    private readonly Theme _theme;

    public TemplateRenderer(Theme theme)
    {
        _theme = theme;
        _engine = new RazorLightEngineBuilder()
            .UseFileSystemProject(theme.TemplatesFolder, ".cshtml")
            .SetOperatingAssembly(typeof(TemplateRenderer).Assembly)
            .UseMemoryCachingProvider()
            // Encode only what HTML needs (<, >, &, quotes): names like "Kris Nóva" stay readable in the source.
            .AddPrerenderCallbacks(page => ((TemplatePageBase)page).HtmlEncoder = TextEncoder)
            .Build();
    }

    /// <summary>Compiles every template of the theme, layouts and partials included; reports each one that fails.</summary>
    public async Task<IReadOnlyList<Diagnostic>> CompileAllAsync()
    {
        var names = Directory.EnumerateFiles(_theme.TemplatesFolder, "*.cshtml")
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);
        var results = await Task.WhenAll(names.Select(name => Task.Run(async () =>
        {
            try
            {
                await _engine.CompileTemplateAsync(name);
                return (Diagnostic?)null;
            }
            catch (RazorLight.Compilation.TemplateCompilationException e)
            {
                return Error(name, "does not compile", e.CompilationErrors);
            }
            catch (RazorLight.Generation.TemplateGenerationException e)
            {
                return Error(name, "is not valid Razor", e.Diagnostics.Select(d => d.ToString()));
            }
        })));
        return results.OfType<Diagnostic>().ToList();
    }

    private Diagnostic Error(string template, string what, IEnumerable<string> details) =>
        Diagnostic.Error(Path.Combine(_theme.TemplatesFolder, template + ".cshtml"), 0, 0,
            $"the template {what}:\n  " + string.Join("\n  ", details));

    public string Render<TModel>(string template, TModel model) =>
        _engine.CompileRenderAsync(template, model).GetAwaiter().GetResult();
}
