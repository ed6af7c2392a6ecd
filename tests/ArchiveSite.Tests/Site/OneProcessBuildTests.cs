namespace ArchiveSite.Tests.Site;

/// <summary>
/// <see cref="IncrementalBuildTests"/>' edit sequences and edits of what a call's, a person's or a PR's page shows of others, each build with
/// one cache object throughout, as <c>serve</c> builds: the last build's calls and call pages are kept in memory too
/// (Resolution/ResolutionMemo, Site/PageMemo), and the site must still be a clean build's. A class of its own, so that
/// it runs beside the other.
/// </summary>
public sealed class OneProcessBuildTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void EveryEditSequenceEndsWhereACleanBuildDoes(int seed) => IncrementalBuildTests.EditSequence(seed, oneProcess: true);

    [Theory]
    [MemberData(nameof(IncrementalBuildTests.ValuesOfOthers), MemberType = typeof(IncrementalBuildTests))]
    public void ACallPageFollowsWhatItShowsOfOthers(string what, string file, string before, string after) =>
        IncrementalBuildTests.FollowsWhatItShows(what, file, before, after, oneProcess: true);

    [Theory]
    [MemberData(nameof(IncrementalBuildTests.CallsOfAPerson), MemberType = typeof(IncrementalBuildTests))]
    public void APersonsPageFollowsWhatItShowsOfCalls(string what, string file, string before, string after, string? first) =>
        IncrementalBuildTests.FollowsWhatItShows(what, file, before, after, oneProcess: true, IncrementalBuildTests.GracesPage, first);

    [Theory]
    [MemberData(nameof(IncrementalBuildTests.CallsOfAPullRequest), MemberType = typeof(IncrementalBuildTests))]
    public void APullRequestsPageFollowsWhatItShows(string what, string file, string before, string after) =>
        IncrementalBuildTests.FollowsWhatItShows(what, file, before, after, oneProcess: true, IncrementalBuildTests.PullRequestsPage);
}
