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
        - PR #845 needs review; #805 is the tracking issue; fixed in #846
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
        Assert.Equal(["ethereum/pm#800", "ethereum/pm#805", "ethereum/pm#812", "ethereum/pm#845", "ethereum/pm#846"], refs);
        Assert.Equal([7044, 4788, 3], archive.BareNumbersLeftAsText.Select(m => m.Key.Number));
        Assert.Contains(Inferences.Describe(archive), l => l.StartsWith("3 bare #N left as text", StringComparison.Ordinal) && l.Contains("2023-06-15.md:4 #7044", StringComparison.Ordinal));
    }

    [Fact]
    public void ABareNumberAfterWordsNamingALinkedRepositoryIsThatRepositorys()
    {
        var (meetings, _) = Notes.Parse("""
            # Core Devs 2024-10-17

            - [a](https://github.com/ethereum/pm/issues/1178), [b](https://github.com/ethereum/pm/issues/1180), [c](https://github.com/ethereum/consensus-specs/pull/3767), [d](https://github.com/ethereum/beacon-apis/pull/300)
            - Consensus Specs, PR#3900: agreed
            - Michael brought up the beacon APIs #317 again
            - beacon-apis PR #318 reviewed; ethereum/builder-specs issue #398 is theirs; Q3/Q4 planning, PR #1177
            - the rollout plan, PR #1179 (words that name no repository: the default's, as PR says it is one)
            - needed by PM #1182
            - GH-1250 is GitHub's own shorthand
            """, "2024-10-17.md");

        var archive = ArchiveResolver.Resolve(meetings, SiteSettings.Default, PeopleRegistry.Empty, new DiagnosticBag());

        var refs = archive.Meetings.Single().References.Select(r => r.Key.ToString()).Distinct().Order().ToList();
        Assert.Equal(["ethereum/beacon-apis#300", "ethereum/beacon-apis#317", "ethereum/beacon-apis#318", "ethereum/builder-specs#398",
            "ethereum/consensus-specs#3767", "ethereum/consensus-specs#3900", "ethereum/pm#1177", "ethereum/pm#1178", "ethereum/pm#1179",
            "ethereum/pm#1180", "ethereum/pm#1250"], refs);
        // The default repository's own name says no more than the default: #1182, past the highest number linked there with
        // nothing saying it is an issue, stays text.
        Assert.Equal([1182], archive.BareNumbersLeftAsText.Select(m => m.Key.Number));
    }

    [Fact]
    public void APullRequestNumberPastTwiceTheHighestTheNotesLinkIsSomeOtherRepositorys()
    {
        // Ethereum's decision tables: "Consensus specifications, PR #3359" where the notes link ethereum/pm up to #812.
        var (meetings, _) = Notes.Parse("""
            # Core Devs 2023-06-15

            - [the agenda](https://github.com/ethereum/pm/issues/800) and [the fork](https://github.com/ethereum/pm/issues/812)
            - Consensus specifications, PR #3359: merged
            - fixed in #1700; PR #850 next
            """, "2023-06-15.md");

        var archive = ArchiveResolver.Resolve(meetings, SiteSettings.Default, PeopleRegistry.Empty, new DiagnosticBag());

        Assert.Equal(["ethereum/pm#800", "ethereum/pm#812", "ethereum/pm#850"], archive.Meetings.Single().References.Select(r => r.Key.ToString()).Distinct().Order());
        Assert.Equal([3359, 1700], archive.BareNumbersLeftAsText.Select(m => m.Key.Number));
    }

    [Fact]
    public void InACallThatLinksOnlyOtherRepositoriesABareNumberIsNoneOfTheUsualRepositorysIssues()
    {
        // Two calls: the first makes ethereum/pm the repository the notes link most; the second links only
        // eth2.0-specs, so its "issue #729" is that repository's or another's, never ethereum/pm's.
        var (first, _) = Notes.Parse(Note, "2023-06-15.md");
        var (second, _) = Notes.Parse("""
            # Implementers Call 2019-03-14

            - [Network spec](https://github.com/ethereum/eth2.0-specs/pull/763)
            - two issues in the spec relating to this: one is issue #729 and the other is #774
            """, "2019-03-14.md");
        var archive = ArchiveResolver.Resolve([.. first, .. second], SiteSettings.Default, PeopleRegistry.Empty, new DiagnosticBag());

        var call = archive.Meetings.Single(m => m.Source.File == "2019-03-14.md");
        Assert.Equal(["ethereum/eth2.0-specs#763"], call.References.Select(r => r.Key.ToString()).Distinct());
        Assert.Contains(archive.BareNumbersLeftAsText, m => m.Key.Number == 729 && m.Source.File == "2019-03-14.md");
        Assert.Contains(archive.Meetings.Single(m => m.Source.File == "2023-06-15.md").References, r => r.Key.ToString() == "ethereum/pm#845");
    }

    [Fact]
    public void WithTheRepositoryNamedInSettingsEveryBareNumberIsItsIssue()
    {
        var archive = Resolve(SiteSettings.Default with { DefaultRepository = "ethereum/pm" });

        Assert.Empty(archive.BareNumbersLeftAsText);
        Assert.Contains(archive.Meetings.Single().References, r => r.Key.ToString() == "ethereum/pm#4788");
    }
}
