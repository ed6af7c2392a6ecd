using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using RazorLight.Compilation;
using RazorLight.Generation;

namespace ArchiveSite.Rendering;

/// <summary>
/// Keeps the theme's compiled templates on disk between runs. Compiling them with Roslyn is most of a small
/// build (the Falco archive: about a second of two); RazorLight compiles on every run and has no store of its
/// own, so this wraps its compilation service: a template whose generated C# (and this tool's build, and the
/// runtime) is unchanged is loaded from <c>FOLDER/HASH.dll</c> instead of compiled. The hash covers everything
/// the assembly depends on, so a stale entry is never found; a damaged one is compiled again and replaced.
/// The folder is the user's own cache (see <see cref="DefaultFolder"/>), as trusted as the tool itself.
/// </summary>
internal sealed class CompiledTemplateStore(RoslynCompilationService roslyn, string folder) : ICompilationService
{
    /// <summary>What the compiled templates depend on besides their own code: our view models' build and the runtime.</summary>
    private static readonly string Dependencies =
        $"{typeof(CompiledTemplateStore).Assembly.ManifestModule.ModuleVersionId}|{typeof(RoslynCompilationService).Assembly.ManifestModule.ModuleVersionId}|{Environment.Version}";

    public CSharpCompilationOptions CSharpCompilationOptions => roslyn.CSharpCompilationOptions;
    public EmitOptions EmitOptions => roslyn.EmitOptions;
    public CSharpParseOptions ParseOptions => roslyn.ParseOptions;
    public Assembly OperatingAssembly => roslyn.OperatingAssembly;

    /// <summary>The <c>templates</c> folder of the default build cache (<see cref="Caching.CacheFolder"/>); null when it is off.</summary>
    public static string? DefaultFolder() => Caching.CacheFolder.Default() is { } root ? Path.Combine(root, "templates") : null;

    public Assembly CompileAndEmit(IGeneratedRazorTemplate razorTemplate)
    {
        var name = "t" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{Dependencies}|{razorTemplate.TemplateKey}|{razorTemplate.GeneratedCode}")))[..40].ToLowerInvariant();
        var path = Path.Combine(folder, name + ".dll");
        try
        {
            if (File.Exists(path)) return Assembly.Load(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is BadImageFormatException or IOException or UnauthorizedAccessException)
        {
            // Damaged or unreadable: compiled again below, and replaced.
        }
        var compilation = roslyn.CreateCompilation(name)
            .AddSyntaxTrees(roslyn.CreateSyntaxTree(SourceText.From(razorTemplate.GeneratedCode, Encoding.UTF8)).WithFilePath(name));
        using var stream = new MemoryStream();
        // A template that does not compile goes through RazorLight's own path, which reports its errors with lines.
        if (!compilation.Emit(stream).Success) return roslyn.CompileAndEmit(razorTemplate);
        var bytes = stream.ToArray();
        Store(path, bytes);
        return Assembly.Load(bytes);
    }

    /// <summary>Written through a temporary file and a rename: a reader never sees half an assembly. A cache that cannot be written is no cache.</summary>
    private static void Store(string path, byte[] bytes)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
