using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ArchiveSite.Files;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using Microsoft.Extensions.Options;
using RazorLight;
using RazorLight.Compilation;
using RazorLight.Generation;
using RazorLight.Razor;

namespace ArchiveSite.Rendering;

/// <summary>
/// Keeps the theme's compiled templates on disk between runs. Turning a template into C# (Razor) and compiling
/// it (Roslyn) is most of a small build (the Falco archive: about a second of two); RazorLight does both on
/// every run and has no store of its own, so this takes the place of its compiler: a template whose source,
/// this tool's build and the runtime are unchanged is loaded from <c>FOLDER/HASH.dll</c>
/// without either step. The hash covers everything the assembly depends on, so a stale entry is never found;
/// a damaged one is compiled again and replaced. The folder is the user's own cache (see
/// <see cref="DefaultFolder"/>), as trusted as the tool itself.
/// </summary>
internal sealed class CompiledTemplateStore : IRazorTemplateCompiler, ICompilationService
{
    /// <summary>What the compiled templates depend on besides their own source: our view models' build, RazorLight's and the runtime.</summary>
    private static readonly string Dependencies =
        $"{typeof(CompiledTemplateStore).Assembly.ManifestModule.ModuleVersionId}|{typeof(RoslynCompilationService).Assembly.ManifestModule.ModuleVersionId}|{Environment.Version}";

    private readonly RoslynCompilationService _roslyn;
    private readonly RazorLightProject _project;
    private readonly string _folder;
    private readonly RazorTemplateCompiler _razor;
    private readonly ConcurrentDictionary<string, Lazy<Task<CompiledTemplateDescriptor>>> _compiled = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _sourceHashes = new(StringComparer.Ordinal);
    private int _generated;

    public CompiledTemplateStore(RazorSourceGenerator generator, RoslynCompilationService roslyn, RazorLightProject project, RazorLightOptions options, string folder)
    {
        (_roslyn, _project, _folder) = (roslyn, project, folder);
        // RazorLight's own compiler, for what is not in the store: it generates the C# and hands it to CompileAndEmit below.
        _razor = new RazorTemplateCompiler(generator, this, project, Options.Create(options));
    }

    /// <summary>How many templates this store had to turn into C#: none when every one was found.</summary>
    public int Generated => _generated;

    /// <summary>The <c>templates</c> folder of the default build cache (<see cref="Caching.CacheFolder"/>); null when it is off.</summary>
    public static string? DefaultFolder() => Caching.CacheFolder.Default() is { } root ? Path.Combine(root, "templates") : null;

    public ICompilationService CompilationService => this;
    public CSharpCompilationOptions CSharpCompilationOptions => _roslyn.CSharpCompilationOptions;
    public EmitOptions EmitOptions => _roslyn.EmitOptions;
    public CSharpParseOptions ParseOptions => _roslyn.ParseOptions;
    public Assembly OperatingAssembly => _roslyn.OperatingAssembly;

    public Task<CompiledTemplateDescriptor> CompileAsync(string templateKey) =>
        _compiled.GetOrAdd(templateKey.StartsWith('/') ? templateKey : "/" + templateKey,
            key => new Lazy<Task<CompiledTemplateDescriptor>>(() => LoadOrCompile(key))).Value;

    private async Task<CompiledTemplateDescriptor> LoadOrCompile(string key)
    {
        var item = await _project.GetItemAsync(key);
        if (item.Exists && Path.Combine(_folder, Name(item) + ".dll") is var path && File.Exists(path))
        {
            try
            {
                var assembly = Assembly.Load(SafeFile.ReadAllBytes(path));
                return new CompiledTemplateDescriptor
                {
                    Item = new RazorCompiledItemLoader().LoadItems(assembly).SingleOrDefault(),
                    TemplateKey = item.Key,
                    TemplateAttribute = assembly.GetCustomAttribute<RazorLightTemplateAttribute>(),
                };
            }
            catch (Exception e) when (e is BadImageFormatException or IOException or UnauthorizedAccessException)
            {
                // Damaged or unreadable: compiled again, and replaced.
            }
        }
        Interlocked.Increment(ref _generated);
        if (item.Exists) _sourceHashes[item.Key] = Name(item);
        return await _razor.CompileAsync(key);
    }

    /// <summary>The C# RazorLight generated, compiled and kept under its template's source hash.</summary>
    public Assembly CompileAndEmit(IGeneratedRazorTemplate razorTemplate)
    {
        var item = _project.GetItemAsync(razorTemplate.TemplateKey).GetAwaiter().GetResult();
        var name = Name(item);
        // Kept only when the source hashed before Razor read it is the source now: a template saved in between
        // (serve watches the theme) would otherwise be stored under the hash of a source it was not made from.
        var keep = _sourceHashes.TryGetValue(item.Key, out var before) && before == name;
        var compilation = _roslyn.CreateCompilation(name)
            .AddSyntaxTrees(_roslyn.CreateSyntaxTree(SourceText.From(razorTemplate.GeneratedCode, Encoding.UTF8)).WithFilePath(name));
        using var stream = new MemoryStream();
        // A template that does not compile goes through RazorLight's own path, which reports its errors with lines.
        if (!compilation.Emit(stream).Success) return _roslyn.CompileAndEmit(razorTemplate);
        var bytes = stream.ToArray();
        if (keep) Store(Path.Combine(_folder, name + ".dll"), bytes);
        return Assembly.Load(bytes);
    }

    private static string Name(RazorLightProjectItem item) => "t" + SourceHash(item);

    /// <summary>
    /// The template's source with what the assembly depends on. Its source is all of it: RazorLight 2.3.1's
    /// file-system project gives templates no imports (<c>_ViewImports.cshtml</c> is not read), and its default
    /// imports come with its build, which <see cref="Dependencies"/> names.
    /// </summary>
    private static string SourceHash(RazorLightProjectItem item)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{Dependencies}|{item.Key}|"));
        using var source = item.Read();
        using var bytes = new MemoryStream();
        source.CopyTo(bytes);
        hash.AppendData(bytes.GetBuffer(), 0, (int)bytes.Length);
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..40];
    }

    /// <summary>Written through a temporary file and a rename: a reader never sees half an assembly. A cache that cannot be written is no cache.</summary>
    private static void Store(string path, byte[] bytes)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            SafeFile.WriteAllBytes(path, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
