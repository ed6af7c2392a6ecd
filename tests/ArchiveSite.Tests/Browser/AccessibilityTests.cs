using System.Diagnostics;
using System.Text.Json;
using ArchiveSite.Tests.Support;
using Microsoft.Playwright;

namespace ArchiveSite.Tests.Browser;

/// <summary>
/// axe-core (injected into the page) and the Nu Html Checker on the pages readers land on: home, a call,
/// a person (one the minutes quote), a reference, the search page with results, the lists of action items
/// and decisions and the activity charts, in light and dark colours.
/// </summary>
// Slow: ../shared, Chromium.
[Trait("Category", "Slow")]
[Collection(FalcoSiteCollection.Name)]
public sealed class AccessibilityTests(FalcoSite falco)
{
    private const string Site = Support.Browser.Origin;

    public static readonly TheoryData<string> Pages = new()
    {
        "/", "/calls/2020/05/13/community-call/", "/people/leogr/", "/refs/falcosecurity/falco/1191/", "/search/?q=driver+loader",
        "/actions/", "/decisions/", "/people/mfdii/", "/stats/", "/people/leodido/said/",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task AxeFindsNoSeriousOrCriticalViolations(string path)
    {
        await using var browser = await Support.Browser.LaunchAsync();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await browser.OpenAsync(falco.Site.Root, new BrowserNewContextOptions { ColorScheme = scheme, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            await page.GotoAsync(Site + path);
            if (path.StartsWith("/search/", StringComparison.Ordinal))
                await Support.Browser.WaitForSearchResultsAsync(page);
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = NodeTools.AxeScript });
            var json = await page.EvaluateAsync<string>("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ["violations"] });
                  return JSON.stringify(result.violations
                    .filter(v => v.impact === "serious" || v.impact === "critical")
                    .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", ")}`));
                }
                """);
            var violations = JsonSerializer.Deserialize<string[]>(json)!;
            Assert.True(violations.Length == 0, $"{path} ({scheme}):\n" + string.Join("\n", violations));
        }
    }

    [Fact]
    public async Task NuHtmlCheckerFindsNoErrors()
    {
        var files = new[] { "/", "/calls/2020/05/13/community-call/", "/people/leogr/", "/refs/falcosecurity/falco/1191/", "/search/", "/actions/", "/decisions/", "/people/mfdii/", "/stats/", "/people/leodido/said/" }
            .Select(falco.Site.File).ToList();
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-jar", NodeTools.VnuJar, "--errors-only", "--format", "json" }.Concat(files)) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var report = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken); // vnu writes its JSON report to stderr
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        await stdout;

        using var json = JsonDocument.Parse(report);
        var errors = json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
