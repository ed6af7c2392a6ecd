using ArchiveSite.Diagnostics;

namespace ArchiveSite.Rendering;

/// <summary>
/// Keeps a theme's compiled templates between builds of one process (<c>serve</c>): compiling them is most of
/// a small build's time, and they only change when a file of the theme's templates folder does.
/// </summary>
/// <param name="store">Where compiled templates are kept between runs (<see cref="CompiledTemplateStore"/>); null compiles them every run.</param>
public sealed class TemplateCache(string? store)
{
    /// <summary>With the default store, in the user's cache folder.</summary>
    public TemplateCache() : this(CompiledTemplateStore.DefaultFolder()) { }

    private readonly Lock _lock = new();
    private (string Key, TemplateRenderer Renderer, IReadOnlyList<Diagnostic> Errors)? _last;

    public (TemplateRenderer Renderer, IReadOnlyList<Diagnostic> Errors) Get(Theme theme)
    {
        var key = Fingerprint(theme);
        lock (_lock)
        {
            if (_last is { } last && last.Key == key) return (last.Renderer, last.Errors);
            var renderer = new TemplateRenderer(theme, store);
            var errors = renderer.CompileAllAsync().GetAwaiter().GetResult();
            _last = (key, renderer, errors);
            return (renderer, errors);
        }
    }

    /// <summary>The templates folder's files with their sizes and times: any edit changes it.</summary>
    private static string Fingerprint(Theme theme) =>
        string.Join('|', Directory.EnumerateFiles(theme.TemplatesFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => new FileInfo(f)).Select(f => $"{f.FullName}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));
}
