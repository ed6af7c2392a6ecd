using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Check;

/// <summary>
/// One broken input per numbered folder under <c>InvalidSites/</c> (a note that cannot be dated, settings
/// that are not YAML, a link that leads nowhere...), each with the messages a user gets for it in
/// <c>expected.txt</c>: file, line and how to fix it. Adding a case is adding a folder.
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
        var messages = ArchiveLoader.Load(content).Diagnostics.Select(d => d.ToString()).ToList();
        Assert.NotEmpty(messages);
        GoldenFile.AssertMatches(Path.Combine(content, "expected.txt"), string.Join('\n', messages) + "\n");
    }
}
