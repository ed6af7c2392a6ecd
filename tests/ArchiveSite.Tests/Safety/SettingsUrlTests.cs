using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Safety;

/// <summary>Addresses in archive.yml and on the command line end up in every page: only http(s) URLs (and a site path for base_url).</summary>
public sealed class SettingsUrlTests
{
    private const string Note = SampleNote.OneCall;

    [Theory]
    [InlineData("source_url: \"javascript:alert(document.domain)//\"", "archive.yml:1:13: error: source_url 'javascript:alert(document.domain)//' is not an http(s) URL")]
    [InlineData("title: Calls\nsource_url: data:text/html,hi", "archive.yml:2:13: error: source_url 'data:text/html,hi' is not an http(s) URL")]
    [InlineData("base_url: \"javascript:alert(1)//\"", "archive.yml:1:11: error: base_url 'javascript:alert(1)//' is not an http(s) URL or a path starting with '/'")]
    [InlineData("base_url: //evil.example/", "archive.yml:1:11: error: base_url '//evil.example/' is not an http(s) URL or a path starting with '/'")]
    public void AnUnsafeAddressIsAnErrorWithItsLine(string settings, string expected)
    {
        using var temp = new TempFolder();
        temp.Write("content/archive.yml", settings + "\n");
        temp.Write("content/2024-01-10.md", Note);

        var check = Checking.NoteChecker.Check(Path.Combine(temp.Path, "content"));
        var build = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"));

        Assert.True(check.HasErrors);
        Assert.Contains(check.Diagnostics, d => d.ToString().StartsWith(expected, StringComparison.Ordinal));
        Assert.False(build.Result.Succeeded);
        Assert.False(Directory.Exists(build.Root));
    }

    [Theory]
    [InlineData("https://example.org/archive/")]
    [InlineData("/archive/")]
    public void GoodAddressesPass(string baseUrl)
    {
        using var temp = new TempFolder();
        temp.Write("content/archive.yml", $"base_url: {baseUrl}\nsource_url: https://github.com/example/community/blob/main/notes\n");
        temp.Write("content/2024-01-10.md", Note);

        var build = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"));

        Assert.True(build.Result.Succeeded, build.Errors());
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void AnUnsafeBaseUrlOnTheCommandLineIsAUsageError()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-01-10.md", Note);

        var build = CliRunner.Run("build", "--content", Path.Combine(temp.Path, "content"), "--out", Path.Combine(temp.Path, "site"),
            "--no-search", "--base-url", "javascript:alert(1)//");

        Assert.Equal(2, build.ExitCode);
        Assert.Contains("error: --base-url 'javascript:alert(1)//' is not an http(s) URL", build.StdErr);
    }
}
