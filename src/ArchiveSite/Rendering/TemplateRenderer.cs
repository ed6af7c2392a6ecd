using ArchiveSite.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using RazorLight;
using RazorLight.Caching;
using RazorLight.Compilation;
using RazorLight.Generation;
using RazorLight.Razor;

namespace ArchiveSite.Rendering;

/// <summary>
/// Renders a theme's Razor templates. Each template is compiled once (RazorLight caches the compiled
/// type; <see cref="CompileAllAsync"/> compiles them in parallel up front), then every page is a cheap
/// render that may run on any thread. Templates encode text by default; only note HTML is written raw,
/// made safe before it gets here (<see cref="NoteRenderer"/>).
/// </summary>
public sealed class TemplateRenderer
{
    // Encode only what HTML needs (<, >, &, quotes): names like "Kris Nóva" stay readable in the source.
    private static readonly HtmlEncoder TextEncoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly RazorLightEngine _engine;
    private readonly Theme _theme;
    private readonly CompiledTemplateStore? _store;

    /// <summary>How many templates were turned into C# in this renderer (every one, without a store).</summary>
    internal int TemplatesGenerated => _store?.Generated ?? Directory.EnumerateFiles(_theme.TemplatesFolder, "*.cshtml").Count();

    /// <param name="compiledTemplates">Where compiled templates are kept between runs (<see cref="CompiledTemplateStore"/>); null to compile every time.</param>
    public TemplateRenderer(Theme theme, string? compiledTemplates = null)
    {
        _theme = theme;
        if (compiledTemplates is null || RazorLightInternals.Engine is not { } razorEngine)
        {
            _engine = new RazorLightEngineBuilder()
                .UseFileSystemProject(theme.TemplatesFolder, ".cshtml")
                .SetOperatingAssembly(typeof(TemplateRenderer).Assembly)
                .UseMemoryCachingProvider()
                .Build();
            return;
        }
        // What RazorLightEngineBuilder.Build assembles, with the store in place of its compiler (the builder has
        // no way to pass one).
        var options = new RazorLightOptions { DisableEncoding = false, EnableDebugMode = false, CachingProvider = new MemoryCachingProvider() };
        var project = new FileSystemRazorProject(theme.TemplatesFolder, ".cshtml");
        var roslyn = new RoslynCompilationService(new DefaultMetadataReferenceManager(options.AdditionalMetadataReferences, options.ExcludedAssemblies),
            typeof(TemplateRenderer).Assembly, null);
        _store = new CompiledTemplateStore(new RazorSourceGenerator(razorEngine, project, options.Namespaces), roslyn, project, options, compiledTemplates);
        _engine = new RazorLightEngine(new EngineHandler(options, _store, new TemplateFactoryProvider(), options.CachingProvider));
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

    /// <summary>
    /// Renders a page: the template, then its layout (and the layout's layout) around it, with partials
    /// included in place. RazorLight's own render path buffers every fragment of a page and copies each with
    /// an async write (×30 notes: 40% of render time); here each page writes straight into a string writer,
    /// synchronously, with the same page objects, so a theme behaves exactly as under RazorLight (layouts,
    /// sections, IncludeAsync).
    /// </summary>
    public string Render<TModel>(string template, TModel model) => Render(template, model, html => html.ToString());

    /// <summary>
    /// Renders a page and gives its HTML to <paramref name="read"/> while it is still in the thread's builder, so that
    /// writing and checking a page make no string of it (×30: 0.4 GB of large objects a full build).
    /// </summary>
    public T Render<TModel, T>(string template, TModel model, PageReader<T> read)
    {
        // The builders are the thread's, kept between pages (PageBuffers): after the first big page each is one block
        // large enough for the next, where a new one would grow chunk by chunk.
        var page = PageBuffers.Rent();
        RenderPage(Page(template), model, new StringWriter(page));
        // One block unless the page outgrew the builder while being written (its first page that big): then a copy.
        ReadOnlyMemory<char> only = default;
        var blocks = 0;
        foreach (var block in page.GetChunks())
            if (blocks++ == 0) only = block;
        var result = read(blocks <= 1 ? only.Span : page.ToString());
        PageBuffers.Return(page);
        return result;
    }

    private ITemplatePage Page(string template) => _engine.Handler.CompileTemplateAsync(template).GetAwaiter().GetResult();

    private void RenderPage(ITemplatePage page, object? model, TextWriter output)
    {
        var context = new PageContext { ExecutingPageKey = page.Key };
        if (model is not null)
        {
            context.ModelTypeInfo = new ModelTypeInfo(model.GetType());
            context.Model = context.ModelTypeInfo.CreateTemplateModel(model);
            page.SetModel(context.Model);
        }
        var body = Execute(page, context);
        // Layouts from the inside out: each gets the content so far as its body, and the sections its page defined.
        HashSet<string>? rendered = null;
        for (var inner = page; !string.IsNullOrEmpty(inner.Layout);)
        {
            var layout = Page(inner.Layout);
            if (!(rendered ??= new(StringComparer.Ordinal)).Add(layout.Key)) throw new InvalidOperationException($"Layout {layout.Key} has circular reference");
            layout.SetModel(context.Model!);
            inner.IsLayoutBeingRendered = true;
            layout.PreviousSectionWriters = inner.SectionWriters;
            layout.BodyContent = new RenderedBody(body);
            var outer = Execute(layout, context);
            layout.EnsureRenderedBodyOrSections();
            PageBuffers.Return(body);
            body = outer;
            inner = layout;
        }
        output.Write(body);
        PageBuffers.Return(body);
    }

    /// <summary>Runs one template into a builder of its own (the caller gives it back); <c>IncludeAsync</c> renders partials in place.</summary>
    private StringBuilder Execute(ITemplatePage page, PageContext context)
    {
        var text = PageBuffers.Rent();
        using var writer = new StringWriter(text);
        var previous = context.Writer;
        context.Writer = writer;
        try
        {
            page.PageContext = context;
            ((TemplatePageBase)page).HtmlEncoder = TextEncoder;
            page.DisableEncoding = false;
            page.IncludeFunc = (key, partialModel) =>
            {
                RenderPage(Page(key), partialModel, context.Writer);
                return Task.CompletedTask;
            };
            page.ExecuteAsync().GetAwaiter().GetResult();
            return text;
        }
        finally
        {
            context.Writer = previous;
        }
    }
}

/// <summary>
/// The Razor engine RazorLight's builder uses (<c>RazorLight.DefaultRazorEngine.Instance</c>, internal in 2.3.1,
/// the version the lock file pins). Null if a later RazorLight moves it: templates are then compiled every run.
/// </summary>
internal static class RazorLightInternals
{
    public static readonly Microsoft.AspNetCore.Razor.Language.RazorEngine? Engine =
        typeof(RazorLightEngine).Assembly.GetType("RazorLight.DefaultRazorEngine")
            ?.GetProperty("Instance", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
            ?.GetValue(null) as Microsoft.AspNetCore.Razor.Language.RazorEngine;
}
