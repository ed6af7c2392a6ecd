using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>
/// The main content of a call, a person, a reference and the activity page of the real notes, compared with the
/// reviewed copies in <c>Golden/Pages/</c>, each naming its page on its first line. After an intended change, regenerate them with
/// <c>ARCHIVE_SITE_UPDATE_GOLDEN=1 dotnet test</c> and review the diff like any other change.
/// </summary>
// Slow: ../shared.
[Trait("Category", "Slow")]
[Collection(FalcoSiteCollection.Name)]
public sealed partial class GoldenPageTests(FalcoSite falco)
{
    private static readonly string PagesFolder = Path.Combine(RepositoryRoot.Path, "tests", "ArchiveSite.Tests", "Golden", "Pages");

    /// <summary>Every reviewed copy in Golden/Pages: adding a case is adding a file whose first line names its page.</summary>
    public static TheoryData<string> Cases => new(Directory.GetFiles(PagesFolder, "*.html").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void MainContentMatchesTheReviewedCopy(string golden)
    {
        var file = Path.Combine(PagesFolder, golden);
        var first = File.ReadLines(file).First();
        var page = PageLine().Match(first);
        Assert.True(page.Success, $"{golden} must start with <!-- page: /path/ -->");
        var main = first + "\n" + falco.Site.Page(page.Groups["path"].Value).QuerySelector("main")!.OuterHtml + "\n";
        GoldenFile.AssertMatches(file, main);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^<!-- page: (?<path>/\S*) -->$")]
    private static partial System.Text.RegularExpressions.Regex PageLine();
}
