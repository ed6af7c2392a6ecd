using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Publishing;

/// <summary>
/// <c>deploy/build-site.sh</c> as Netlify runs it, with <c>dotnet</c> and <c>npm</c> standing in (they write down how they
/// were called): no build on Netlify uses the build cache, since every deploy preview runs a pull request's own script
/// and could leave in Netlify's cache folder what the next build, production or another preview, would run or publish.
/// </summary>
public sealed class NetlifyBuildScriptTests
{
    [Fact]
    public void AProductionBuildOnNetlifyUsesNoBuildCache()
    {
        using var repository = ScriptIn();
        var build = Build(repository, new() { ["NETLIFY"] = "true", ["CONTEXT"] = "production" });

        Assert.Contains("--no-cache", build);
        Assert.DoesNotContain("--base-url", build);
    }

    [Fact]
    public void AProductionBuildOnNetlifyIgnoresACacheSetInItsEnvironment()
    {
        // A cache named in Netlify's settings for every context would be one folder that previews write too.
        using var repository = ScriptIn();
        var build = Build(repository, new() { ["NETLIFY"] = "true", ["CONTEXT"] = "production", ["ARCHIVE_SITE_CACHE"] = "/opt/build/cache/mine" });

        Assert.Contains("--no-cache", build);
    }

    [Theory]
    [InlineData("deploy-preview")]
    [InlineData("branch-deploy")]
    public void APreviewOnNetlifyUsesNoBuildCacheEitherAndIsBuiltForItsOwnUrl(string context)
    {
        // Another pull request's preview may have written Netlify's cache folder before this one runs.
        using var repository = ScriptIn();
        var build = Build(repository, new()
        {
            ["NETLIFY"] = "true",
            ["CONTEXT"] = context,
            ["DEPLOY_PRIME_URL"] = "https://deploy-preview-42--archive.netlify.app",
        });

        Assert.Contains("--no-cache", build);
        Assert.Contains("--base-url https://deploy-preview-42--archive.netlify.app/", build);
    }

    [Fact]
    public void OffNetlifyTheToolsOwnCacheIsUsed()
    {
        using var repository = ScriptIn();
        var build = Build(repository, []);

        Assert.DoesNotContain("--no-cache", build);
        Assert.Contains("build --content content --out _site", build);
    }

    /// <summary>A folder holding the script where the repository holds it, and stand-ins for dotnet and npm.</summary>
    private static TempFolder ScriptIn()
    {
        var repository = new TempFolder();
        File.Copy(Path.Combine(RepositoryRoot.Path, "deploy", "build-site.sh"), Path.Combine(Directory.CreateDirectory(Path.Combine(repository.Path, "deploy")).FullName, "build-site.sh"));
        // dotnet says it has SDK 10, so nothing is downloaded, and writes down the arguments of every other call.
        repository.Write("bin/dotnet", "#!/usr/bin/env bash\nif [ \"$1\" = --list-sdks ]; then echo '10.0.100 [/fake]'; exit 0; fi\n"
            + "echo \"$*\" >> \"$CALLS\"\n");
        repository.Write("bin/npm", "#!/usr/bin/env bash\nexit 0\n");
        foreach (var tool in new[] { "dotnet", "npm" })
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(repository.Path, "bin", tool), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return repository;
    }

    /// <summary>The arguments the script ran the tool with.</summary>
    private static string Build(TempFolder repository, Dictionary<string, string> environment)
    {
        var calls = Path.Combine(repository.Path, "calls.txt");
        environment["CALLS"] = calls;
        environment["PATH"] = Path.Combine(repository.Path, "bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        foreach (var name in new[] { "NETLIFY", "CONTEXT", "DEPLOY_PRIME_URL", "BASE_URL", "CONTENT" }) environment.TryAdd(name, "");
        var result = CliRunner.Process("bash", repository.Path, environment, TimeSpan.FromMinutes(1), Path.Combine(repository.Path, "deploy", "build-site.sh"));
        Assert.True(result.ExitCode == 0, result.StdOut + result.StdErr);
        return Assert.Single(File.ReadAllLines(calls), l => l.StartsWith("run ", StringComparison.Ordinal));
    }
}
