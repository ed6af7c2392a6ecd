using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.Checking;
using ArchiveSite.Resolution;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Resolution;

/// <summary>
/// A bare #N is an issue of the repository the notes link most only when something says so: a word beside it
/// (PR, issue, fixed in, opened), a link to that repository on its line, or a number within the range the notes link
/// there. Otherwise it stays text and check says so. With default_repo in archive.yml, every bare #N is that repository's.
/// </summary>
public sealed class BareNumbersTests
{
    private const string Note = """
        # Core Devs 2023-06-15

        - [the agenda](https://github.com/ethereum/pm/issues/800) and [the fork](https://github.com/ethereum/pm/issues/812)
        - the first one up is #7044, then #4788
        - PR #7045 needs review; #805 is the tracking issue; fixed in #7046
        - counting to #3
        """;

    private static Model.Archive Resolve(SiteSettings settings)
    {
        var (meetings, _) = Notes.Parse(Note, "2023-06-15.md");
        return ArchiveResolver.Resolve(meetings, settings, PeopleRegistry.Empty, new DiagnosticBag());
    }

    [Fact]
    public void ABareNumberIsAnIssueOnlyWhenSomethingSaysSo()
    {
        var archive = Resolve(SiteSettings.Default);

        var refs = archive.Meetings.Single().References.Select(r => r.Key.ToString()).Distinct().Order().ToList();
        Assert.Equal(["ethereum/pm#7045", "ethereum/pm#7046", "ethereum/pm#800", "ethereum/pm#805", "ethereum/pm#812"], refs);
        Assert.Equal([7044, 4788, 3], archive.BareNumbersLeftAsText.Select(m => m.Key.Number));
        Assert.Contains(Inferences.Describe(archive), l => l.StartsWith("3 bare #N left as text", StringComparison.Ordinal) && l.Contains("2023-06-15.md:4 #7044", StringComparison.Ordinal));
    }

    [Fact]
    public void WithTheRepositoryNamedInSettingsEveryBareNumberIsItsIssue()
    {
        var archive = Resolve(SiteSettings.Default with { DefaultRepository = "ethereum/pm" });

        Assert.Empty(archive.BareNumbersLeftAsText);
        Assert.Contains(archive.Meetings.Single().References, r => r.Key.ToString() == "ethereum/pm#4788");
    }
}
