using Microsoft.Playwright;

namespace ArchiveSite.Tests.Support;

/// <summary>
/// Headless Chromium (Debian's, at /usr/bin/chromium; .ci/run installs it) driven by Playwright, serving a
/// built site from its folder through request interception: pages load from <c>http://archive.test/</c>
/// exactly as from a static host, with no server to start or port to find.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    public const string Origin = "http://archive.test";
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Browser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<Browser> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new FileNotFoundException($"{ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        return new Browser(playwright, browser);
    }

    /// <summary>A page whose requests to <see cref="Origin"/> are answered from <paramref name="siteRoot"/>.</summary>
    /// <param name="headers">Response headers sent with every file, as a host would (netlify.toml's).</param>
    public async Task<IPage> OpenAsync(string siteRoot, BrowserNewContextOptions? options = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        var context = await _browser.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await context.RouteAsync(Origin + "/**", route => Serve(route, siteRoot, headers));
        // CI has two cores shared with the other tests running in parallel: be patient before failing.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    private static Task Serve(IRoute route, string root, IReadOnlyDictionary<string, string>? headers)
    {
        var path = Uri.UnescapeDataString(new Uri(route.Request.Url).AbsolutePath);
        var file = Path.GetFullPath(Path.Combine(root, path.TrimStart('/') + (path.EndsWith('/') ? "index.html" : "")));
        if (!file.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal) || !File.Exists(file))
            return route.FulfillAsync(new RouteFulfillOptions { Status = 404, Path = Path.Combine(root, "404.html"), ContentType = "text/html", Headers = headers });
        return route.FulfillAsync(new RouteFulfillOptions { Status = 200, Path = file, ContentType = ContentType(file), Headers = headers });
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css",
        ".js" => "text/javascript",
        ".json" => "application/json",
        ".xml" => "application/xml",
        ".wasm" => "application/wasm",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };

    /// <summary>
    /// Does what starts a navigation (a click, Enter in a form) with the wait for its URL registered first,
    /// so a navigation that commits quickly cannot slip between the action and the wait.
    /// </summary>
    public static async Task NavigateByAsync(IPage page, Func<Task> action, Func<string, bool> url)
    {
        var arrived = page.WaitForURLAsync(url);
        await action();
        await arrived;
    }

    /// <summary>Waits until the search page has shown its results (its status line is written after they render).</summary>
    public static Task WaitForSearchResultsAsync(IPage page) =>
        page.WaitForFunctionAsync("() => /result|match/.test(document.querySelector('#search-status')?.textContent || '')");

    /// <summary>Screenshots go to <c>artifacts/screenshots/</c> in the checkout, to be looked at.</summary>
    public static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
