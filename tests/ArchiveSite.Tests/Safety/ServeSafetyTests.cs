using System.Net;
using ArchiveSite.Output;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Safety;

/// <summary><c>serve</c>: every file of the site with its type and the published site's headers, only for local host names, with the configured theme.</summary>
public sealed class ServeSafetyTests
{
    private const string Note = SampleNote.OneCall;
    private const string CallPage = "/calls/2024/01/10/community-call/";

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public async Task ServesEveryFileWithItsTypeAndTheSitesSecurityHeaders()
    {
        using var temp = new TempFolder();
        temp.Write("notes/2024-01-10.md", Note);
        await using var server = await ServeProcess.StartAsync(Path.Combine(temp.Path, "notes"), Path.Combine(temp.Path, "site"));
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(10) };

        var home = await http.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        foreach (var (name, value) in SecurityHeaders.All)
            Assert.Equal(value, string.Join(", ", home.Headers.TryGetValues(name, out var v) ? v : home.Content.Headers.GetValues(name)));

        var page = await home.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var css = System.Text.RegularExpressions.Regex.Match(page, "href=\"(/assets/site\\.[^\"]+\\.css)\"").Groups[1].Value;
        foreach (var (path, type) in new[] { (css, "text/css"), ("/feed.xml", "application/xml"), ("/sitemap.xml", "application/xml"), ("/robots.txt", "text/plain"), ("/meetings.json", "application/json") })
        {
            var response = await http.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task WithoutOutItBuildsIntoAPrivateFolderNobodyCouldGuess()
    {
        // The default was /tmp/archive-site-serve/HASH: another user could plant a link where the lock and pages go.
        using var temp = new TempFolder();
        temp.Write("notes/2024-01-10.md", Note);
        var tmp = Directory.CreateDirectory(Path.Combine(temp.Path, "tmp")).FullName;
        await using var server = await ServeProcess.StartAsync(Path.Combine(temp.Path, "notes"), null, new Dictionary<string, string> { ["TMPDIR"] = tmp });
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(10) };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(CallPage, TestContext.Current.CancellationToken)).StatusCode);
        var folder = Assert.Single(Directory.GetDirectories(tmp));
        Assert.StartsWith("archive-site-serve-", Path.GetFileName(folder), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        Assert.True(File.Exists(Path.Combine(folder, "site", "calls", "2024", "01", "10", "community-call", "index.html")));
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public async Task AnswersOnlyForLocalHostNamesUnlessAnotherIsAllowed()
    {
        using var temp = new TempFolder();
        temp.Write("notes/2024-01-10.md", Note);
        await using var server = await ServeProcess.StartAsync(Path.Combine(temp.Path, "notes"), Path.Combine(temp.Path, "site"), "--host", "preview.test");
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(10) };

        foreach (var (host, expected) in new[] { ("localhost", HttpStatusCode.OK), ("127.0.0.1", HttpStatusCode.OK), ("preview.test", HttpStatusCode.OK), ("attacker.example", HttpStatusCode.BadRequest) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, CallPage);
            request.Headers.Host = host;
            var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.True(expected == response.StatusCode, $"Host: {host} → {response.StatusCode}");
        }
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public async Task UsesAndWatchesTheThemeArchiveYmlNames()
    {
        using var temp = new TempFolder();
        temp.Write("notes/2024-01-10.md", Note);
        temp.Write("notes/archive.yml", "theme: ../my-theme\n");
        var theme = ThemeCopy.OfDefault(temp);
        var home = Path.Combine(theme, "templates", "Home.cshtml");
        File.WriteAllText(home, File.ReadAllText(home).Replace("<h1>@Model.Title</h1>", "<h1>@Model.Title</h1><p id=\"theme\">first look</p>"));
        await using var server = await ServeProcess.StartAsync(Path.Combine(temp.Path, "notes"), Path.Combine(temp.Path, "site"));
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(10) };

        Assert.Contains("first look", await http.GetStringAsync("/", TestContext.Current.CancellationToken));
        File.WriteAllText(home, File.ReadAllText(home).Replace("first look", "second look"));
        Assert.Contains("second look", await ServeProcess.Poll(http, "/", body => body.Contains("second look")));
    }
}
