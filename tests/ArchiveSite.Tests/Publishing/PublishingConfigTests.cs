using System.Diagnostics;
using ArchiveSite.Tests.Support;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Tests.Publishing;

/// <summary>netlify.toml, the deploy script and the GitHub workflows: parsed, and checked for what they run.</summary>
public sealed class PublishingConfigTests
{
    private static string Read(string relative) => File.ReadAllText(Path.Combine(RepositoryRoot.Path, relative));

    public static TomlTable Netlify() => TomlSerializer.Deserialize<TomlTable>(Read("netlify.toml"))!;

    /// <summary>The headers netlify.toml sets for a path pattern.</summary>
    public static IReadOnlyDictionary<string, string> HeadersFor(string pattern) =>
        ((TomlTableArray)Netlify()["headers"]).Single(h => (string)h["for"] == pattern)["values"] is TomlTable values
            ? values.ToDictionary(p => p.Key, p => (string)p.Value!)
            : throw new InvalidOperationException();

    [Fact]
    public void NetlifyBuildsWithTheScriptAndPublishesTheSite()
    {
        var build = (TomlTable)Netlify()["build"];
        Assert.Equal("bash deploy/build-site.sh", build["command"]);
        Assert.Equal("_site", build["publish"]);

        var script = Read("deploy/build-site.sh");
        Assert.Contains("https://dot.net/v1/dotnet-install.sh", script);
        Assert.Contains("--channel 10.0", script);
        Assert.Contains("npm ci", script);
        Assert.Contains("-- build --content \"${CONTENT:-content}\" --out _site", script);
        // Deploy previews are built with their own URL as base URL.
        Assert.Contains("DEPLOY_PRIME_URL", script);
        Assert.Equal("deploy-preview", ((TomlTable)((TomlTable)((TomlTable)Netlify()["context"])["deploy-preview"])["environment"])["CONTEXT"]);
        Assert.Equal(0, Run("bash", "-n", Path.Combine(RepositoryRoot.Path, "deploy", "build-site.sh")));
    }

    [Fact]
    public void NetlifySendsSecurityHeadersThatStillLetPagefindRun()
    {
        var headers = HeadersFor("/*");
        var csp = headers["Content-Security-Policy"].Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.Equal("script-src 'self' 'wasm-unsafe-eval'", csp["script-src"]);
        Assert.Equal("worker-src 'self' blob:", csp["worker-src"]);
        Assert.Equal("frame-ancestors 'none'", csp["frame-ancestors"]);
        Assert.Equal("object-src 'none'", csp["object-src"]);
        Assert.DoesNotContain("'unsafe-inline'", headers["Content-Security-Policy"]);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
        Assert.Equal("public, max-age=31536000, immutable", HeadersFor("/assets/*")["Cache-Control"]);
    }

    [Fact]
    public void ServeSendsTheHeadersNetlifySends()
    {
        var netlify = HeadersFor("/*");

        Assert.Equal(netlify.OrderBy(h => h.Key, StringComparer.Ordinal), Output.SecurityHeaders.All.OrderBy(h => h.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void PullRequestsAreCheckedWithoutSecrets()
    {
        // A pull request can change archive.yml's `theme:`, and a theme is code: its build must hold nothing to steal.
        var text = Read(".github/workflows/pull-request.yml");
        var workflow = Yaml(".github/workflows/pull-request.yml");
        Assert.False(((YamlMappingNode)workflow["on"]).Children.ContainsKey("pull_request_target"));
        Assert.Equal("read", ((YamlScalarNode)((YamlMappingNode)workflow["permissions"])["contents"]).Value);
        Assert.DoesNotContain("secrets.", text);
    }

    [Fact]
    public void PullRequestsAreAnnotatedAndTested()
    {
        var workflow = Yaml(".github/workflows/pull-request.yml");
        Assert.True(((YamlMappingNode)workflow["on"]).Children.ContainsKey("pull_request"));
        var check = Steps(workflow).Single(s => s.Children.TryGetValue("uses", out var uses) && uses.ToString() == "./");
        var with = (YamlMappingNode)check["with"];
        Assert.Equal("check", with["mode"].ToString());
        Assert.Equal("origin/${{ github.base_ref }}", with["changed-since"].ToString());
        Assert.Contains(Runs(workflow), r => r.Contains("bash archive-site/.ci/run"));
    }

    [Fact]
    public void MergesToMainArePublishedOnGitHubPages()
    {
        var workflow = Yaml(".github/workflows/publish.yml");
        var push = (YamlMappingNode)((YamlMappingNode)workflow["on"])["push"];
        Assert.Equal(["main"], ((YamlSequenceNode)push["branches"]).Select(b => b.ToString()));
        var build = Steps(workflow).Single(s => s.Children.TryGetValue("uses", out var uses) && uses.ToString() == "./");
        Assert.Equal("${{ steps.pages.outputs.base_url }}/", ((YamlMappingNode)build["with"])["base-url"].ToString());
        Assert.Contains(Uses(workflow), u => u.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));
        Assert.Contains(Uses(workflow), u => u.StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
    }

    private static YamlMappingNode Yaml(string relative)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Read(relative)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        ((YamlMappingNode)workflow["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => job.Children.TryGetValue("steps", out var steps) ? ((YamlSequenceNode)steps).Cast<YamlMappingNode>() : []);

    private static List<string> Runs(YamlMappingNode workflow) =>
        Steps(workflow).Where(s => s.Children.ContainsKey("run")).Select(s => s["run"].ToString()).ToList();

    private static List<string> Uses(YamlMappingNode workflow) =>
        Steps(workflow).Where(s => s.Children.ContainsKey("uses")).Select(s => s["uses"].ToString()).ToList();

    private static int Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
