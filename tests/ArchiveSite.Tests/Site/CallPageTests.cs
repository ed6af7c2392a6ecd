using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>What a call's page says of its people beyond their names.</summary>
public sealed class CallPageTests
{
    [Fact]
    public void AnAttendeesRoleOrOrganisationFromTheRosterStandsBesideTheirName()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-03-06.md", """
            # Community call 2024-03-06

            ## Attendees
            - Ana Lima (Acme)
            - Bo Chen ([@bochen](https://github.com/bochen)), maintainer

            ## Notes
            - Release plan
            """);

        var site = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"));

        Assert.True(site.Result.Succeeded, site.Errors());
        var people = site.Page("/calls/2024/03/06/community-call/").QuerySelectorAll("#call-people li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains(people, p => p.Contains("Ana Lima", StringComparison.Ordinal) && p.Contains("Acme", StringComparison.Ordinal));
        Assert.Contains(people, p => p.Contains("Bo Chen", StringComparison.Ordinal) && p.Contains("maintainer", StringComparison.Ordinal));
    }

    [Fact]
    public void ANumberTheResolverLeftAsTextLinksNowhereThoughThatIssueHasAPage()
    {
        // "issue #729" in a call that links only another repository is one of that repository's, which the text does
        // not name: the resolver leaves it as text, and the page must not link the archive's own widget#729.
        using var temp = new TempFolder();
        temp.Write("content/2024-03-06.md", "# Community call 2024-03-06\n\n## Notes\n- [Fix the loader](https://github.com/example/widget/issues/729) landed\n- [Docs](https://github.com/example/widget/pull/730)\n");
        temp.Write("content/2024-03-13.md", "# Community call 2024-03-13\n\n## Notes\n- The [spec PR](https://github.com/other/specs/pull/5) is ready\n- issue #729 is still open\n");

        var site = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"));

        Assert.True(site.Result.Succeeded, site.Errors());
        Assert.DoesNotContain(site.Result.Archive!.MeetingsById["2024-03-13-community-call"].References, r => r.Key.Number == 729);
        var items = site.Page("/calls/2024/03/13/community-call/").QuerySelectorAll("#call-notes li").ToList();
        Assert.Contains("issue #729", items[1].TextContent, StringComparison.Ordinal);
        Assert.Empty(items[1].QuerySelectorAll("a"));
    }
}
