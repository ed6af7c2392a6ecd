using ArchiveSite.Site;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Check;

/// <summary>
/// One broken input per numbered folder under <c>InvalidSites/</c> (a note that cannot be dated, settings
/// that are not YAML, a link that leads nowhere...), each with the messages a user gets for it in
/// <c>expected.txt</c>: file, line and how to fix it. Adding a case is adding a folder. Each folder is checked
/// as <c>check</c> checks it (the build run dry: read, render, link check), so a problem found at any stage can be
/// a case, not only one the reader finds.
/// </summary>
public sealed class InvalidSiteTests
{
    private static readonly string[] Folder = ["InvalidSites"];

    public static TheoryData<string> Cases => GoldenFile.Cases(Folder);

    [Theory]
    [MemberData(nameof(Cases))]
    public void BrokenInputIsReportedWithItsPlaceAndFix(string caseName)
    {
        var content = GoldenFile.CaseFolder(caseName, Folder);
        using var temp = new TempFolder();
        var checkedSite = SiteBuilder.Build(new BuildOptions(content, Path.Combine(temp.Path, "site"), BaseUrl: "https://example.org/", Search: false, DryRun: true));
        // A theme's files are named by their full path (a theme may sit outside the content folder): here, under the case's.
        var messages = checkedSite.Diagnostics.Select(d => d.ToString().Replace(content + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(messages);
        GoldenFile.AssertMatches(Path.Combine(content, "expected.txt"), string.Join('\n', messages) + "\n");
    }
}
