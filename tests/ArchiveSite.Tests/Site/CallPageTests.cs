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
}
