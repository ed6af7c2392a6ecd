using ArchiveSite.Tests.Publishing;
using ArchiveSite.Tests.Support;
using Microsoft.Playwright;

namespace ArchiveSite.Tests.Browser;

/// <summary>The site under netlify.toml's headers: the Content-Security-Policy blocks nothing the site needs, search included.</summary>
// Slow: ../shared.
[Trait("Category", "Slow")]
[Collection(FalcoSiteCollection.Name)]
public sealed class ContentSecurityPolicyTests(FalcoSite falco)
{
    [Fact]
    public async Task PagesAndSearchRunUnderTheNetlifyPolicyWithoutAViolation()
    {
        var headers = PublishingConfigTests.HeadersFor("/*");
        await using var browser = await Support.Browser.LaunchAsync();
        var page = await browser.OpenAsync(falco.Site.Root, headers: headers);
        await page.AddInitScriptAsync("""
            window.__violations = [];
            document.addEventListener("securitypolicyviolation", e => window.__violations.push(e.violatedDirective + " " + e.blockedURI));
            """);

        foreach (var path in new[] { "/", "/calls/2020/05/13/community-call/", "/people/leogr/" })
        {
            var response = await page.GotoAsync(Support.Browser.Origin + path);
            Assert.Equal(headers["Content-Security-Policy"], (await response!.AllHeadersAsync())["content-security-policy"]);
            Assert.Empty(await page.EvaluateAsync<string[]>("window.__violations"));
        }

        await page.GotoAsync(Support.Browser.Origin + "/search/?q=1191");
        await Support.Browser.WaitForSearchResultsAsync(page);
        Assert.True(await page.Locator("#search-results > li").CountAsync() > 0);
        Assert.Empty(await page.EvaluateAsync<string[]>("window.__violations"));

        // The policy is really in force: an inline script is refused.
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__inline = true'; document.body.append(s); }");
        Assert.False(await page.EvaluateAsync<bool>("window.__inline === true"));
    }
}
