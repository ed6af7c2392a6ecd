using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>
/// The main content of a call, a person, a reference and the activity page of the real notes, compared with the
/// reviewed copies in <c>Golden/</c>. After an intended change, regenerate them with
/// <c>ARCHIVE_SITE_UPDATE_GOLDEN=1 dotnet test</c> and review the diff like any other change.
/// </summary>
// Slow: ../shared.
[Trait("Category", "Slow")]
[Collection(FalcoSiteCollection.Name)]
public sealed class GoldenPageTests(FalcoSite falco)
{
    [Theory]
    [InlineData("/calls/2020/05/13/community-call/", "call-2020-05-13.html")]
    [InlineData("/people/kris-nova/", "person-kris-nova.html")]
    [InlineData("/refs/falcosecurity/falco/1191/", "reference-falco-1191.html")]
    [InlineData("/stats/", "stats.html")]
    public void MainContentMatchesTheReviewedCopy(string path, string golden)
    {
        var main = falco.Site.Page(path).QuerySelector("main")!.OuterHtml + "\n";
        GoldenFile.AssertMatches(Path.Combine(RepositoryRoot.Path, "tests", "ArchiveSite.Tests", "Golden", "Pages", golden), main);
    }
}
