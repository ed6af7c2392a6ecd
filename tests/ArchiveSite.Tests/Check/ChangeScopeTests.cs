using ArchiveSite.Checking;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Tests.Check;

/// <summary>What a pull request's check reports: its notes' findings, findings that name its notes, and the rest as a count.</summary>
public sealed class ChangeScopeTests
{
    private static readonly Diagnostic[] Findings =
    [
        Diagnostic.Warning("2024-04-03.md", 5, "the link text says @ada but the link goes to github.com/grace; fix whichever is wrong"),
        Diagnostic.Warning("release-0.40.0.md", 85, "a different community-call call on 2024-04-03 is also at 2024-04-03.md:1; both are kept"),
        Diagnostic.Warning("2020-01-08.md", 3, "presenter '[zemek]' matches no one; add it as an alias in people.yml"),
        Diagnostic.Error("2019-06-06.md", 1, 1, "no date found for this call"),
    ];

    [Fact]
    public void AChangedNoteGetsItsFindingsAndTheOnesThatNameIt()
    {
        var scope = ChangeScope.Apply(Findings, ["2024-04-03.md"]);

        Assert.Equal(["2024-04-03.md:1", "2024-04-03.md:5"], scope.Shown.Select(d => d.Location));
        Assert.EndsWith("(found at release-0.40.0.md:85)", scope.Shown[0].Message);
        Assert.Equal((2, 2), (scope.Others, scope.OtherNotes));
    }

    [Fact]
    public void AChangeToTheSettingsShowsEverything()
    {
        Assert.Equal(Findings.Length, ChangeScope.Apply(Findings, ["people.yml"]).Shown.Count);
        Assert.Equal(Findings.Length, ChangeScope.Apply(Findings, ["archive.yml", "2024-04-03.md"]).Shown.Count);
    }

    [Fact]
    public void AChangeWithNoFindingsShowsNone()
    {
        var scope = ChangeScope.Apply(Findings, ["2025-01-01.md"]);
        Assert.Empty(scope.Shown);
        Assert.Equal((4, 4), (scope.Others, scope.OtherNotes));
    }
}
