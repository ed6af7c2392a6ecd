using ArchiveSite.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArchiveSite.Tests.Architecture;

/// <summary>
/// The layers of the tool. Between assemblies the compiler holds them: the core (reading minutes into the
/// resolved model) references neither the site nor GitHub, so nothing in it can reach a page, a template or
/// the network. Inside each library, its folders form a pipeline from the bottom up, and a folder may use the
/// folders below it, never one above: that is checked here on what the compiler binds each name to, so a type
/// reached through an enclosing namespace, an alias or an extension method counts like one named in a using.
/// </summary>
public sealed class LayerTests
{
    /// <summary>Each library's folders, bottom first; "" is the library's root folder.</summary>
    public static TheoryData<string, string[]> Libraries => new()
    {
        { "ArchiveSite.Core", ["Diagnostics", "Files", "Text", "Loading", "Configuration", "Model", "Refs", "Markdown", "Parsing", "Caching", "Resolution", ""] },
        { "ArchiveSite", ["Export", "Urls", "PostProcessing", "Rendering", "Output", "Search", "Site", "Checking", "Authoring"] },
    };

    [Theory]
    [MemberData(nameof(Libraries))]
    public void EveryFolderUsesOnlyTheFoldersBelowIt(string library, string[] layers)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "src", library);
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .ToList();
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(folder, f)), path: f)).ToList();
        trees.Add(CSharpSyntaxTree.ParseText(ImplicitUsings, cancellationToken: TestContext.Current.CancellationToken));
        var compilation = CSharpCompilation.Create(library, trees, References(except: library),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        // Only a name the library declares (a type, a member, an alias) can bind into it: the rest (locals, the
        // framework's names) are not bound at all, which is most of the binding's time.
        var declared = trees.SelectMany(t => t.GetRoot().DescendantNodes()).SelectMany(DeclaredNames).ToHashSet(StringComparer.Ordinal);
        var upward = new System.Collections.Concurrent.ConcurrentBag<string>();
        foreach (var tree in trees.Take(files.Count))
            Assert.True(Array.IndexOf(layers, FolderOf(tree.FilePath)) >= 0, $"src/{library}/{tree.FilePath}: its folder is in no layer; add it to {nameof(Libraries)} where it belongs");
        // Binding every name is most of the time: the files are bound in parallel, each with its own model.
        Parallel.ForEach(trees.Take(files.Count), tree =>
        {
            var level = Array.IndexOf(layers, FolderOf(tree.FilePath));
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>().Where(n => declared.Contains(n.Identifier.ValueText)))
            {
                var used = UsedFolder(model.GetSymbolInfo(name), compilation.Assembly);
                if (used is not null && Array.IndexOf(layers, used) > level)
                    upward.Add($"src/{library}/{tree.FilePath} ({(layers[level].Length == 0 ? "root" : layers[level])}) uses {used} ({name}), which is above it");
            }
        });
        Assert.True(upward.IsEmpty, string.Join('\n', upward.Distinct().Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void TheCoreLoadsNoCompilerTemplatesHtmlOrNetwork()
    {
        var core = typeof(ArchiveLoader).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(core, a => a.StartsWith("ArchiveSite", StringComparison.Ordinal));
        foreach (var heavy in new[] { "RazorLight", "Microsoft.CodeAnalysis", "Octokit", "AngleSharp", "HtmlSanitizer", "Ical.Net", "System.Net.Http" })
            Assert.DoesNotContain(core, a => a.StartsWith(heavy, StringComparison.Ordinal));
        var site = typeof(ArchiveSite.Site.SiteBuilder).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("ArchiveSite.Core", site);
        Assert.DoesNotContain(site, a => a is "ArchiveSite.GitHub" or "Octokit");
    }

    // The folder of the library a name binds to: a type's own namespace, or that of the type declaring a
    // member; null for anything outside this library (another assembly, or the framework).
    private static string? UsedFolder(SymbolInfo info, IAssemblySymbol library)
    {
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        if (symbol is IMethodSymbol { ReducedFrom: { } extension }) symbol = extension;
        var declaring = symbol switch
        {
            INamespaceSymbol => null,
            ITypeSymbol type => type.OriginalDefinition,
            _ => symbol?.ContainingType?.OriginalDefinition,
        };
        if (declaring is null || !SymbolEqualityComparer.Default.Equals(declaring.ContainingAssembly, library)) return null;
        var ns = declaring.ContainingNamespace.ToDisplayString();
        return ns == "ArchiveSite" ? "" : ns.StartsWith("ArchiveSite.", StringComparison.Ordinal) ? ns["ArchiveSite.".Length..].Split('.')[0] : null;
    }

    private static IEnumerable<string> DeclaredNames(SyntaxNode node) => node switch
    {
        BaseTypeDeclarationSyntax type => [type.Identifier.ValueText],
        DelegateDeclarationSyntax type => [type.Identifier.ValueText],
        MethodDeclarationSyntax method => [method.Identifier.ValueText],
        PropertyDeclarationSyntax property => [property.Identifier.ValueText],
        EventDeclarationSyntax e => [e.Identifier.ValueText],
        BaseFieldDeclarationSyntax field => field.Declaration.Variables.Select(v => v.Identifier.ValueText),
        EnumMemberDeclarationSyntax member => [member.Identifier.ValueText],
        // A record's positional parameters are its properties.
        ParameterSyntax { Parent.Parent: RecordDeclarationSyntax } parameter => [parameter.Identifier.ValueText],
        UsingDirectiveSyntax { Alias: { } alias } => [alias.Name.Identifier.ValueText],
        _ => [],
    };

    private static string FolderOf(string relative) =>
        relative.Contains('/', StringComparison.Ordinal) ? relative[..relative.IndexOf('/', StringComparison.Ordinal)] : "";

    // What the SDK's ImplicitUsings add to each project (obj/*.GlobalUsings.g.cs, not read here).
    private const string ImplicitUsings =
        "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; " +
        "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

    // The framework and every assembly beside the tests, but not the library compiled here from its sources.
    private static IEnumerable<MetadataReference> References(string except) =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
            .Where(p => !string.Equals(Path.GetFileNameWithoutExtension(p), except, StringComparison.Ordinal))
            .DistinctBy(Path.GetFileName, StringComparer.Ordinal)
            .Select(p => MetadataReference.CreateFromFile(p));
}
