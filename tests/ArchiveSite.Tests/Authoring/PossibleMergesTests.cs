using ArchiveSite.Authoring;
using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.Resolution;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Authoring;

/// <summary>
/// `init` proposes, as commented aliases in people.yml, the people who may be one human under two names: a misspelt
/// form of a name in more calls, or the first words of a fuller name only one person carries. It never merges them,
/// and proposes nothing for a first name alone or two near names seen as often as each other.
/// </summary>
public sealed class PossibleMergesTests
{
    [Fact]
    public void AMisspeltOrShortenedNameIsProposedAsAnAliasOfTheFullerOne()
    {
        var meetings = new[]
        {
            ("2021-01-08.md", "Tim Beiko\nMartin Holst Swende\nBo Chen\nTim"),
            ("2021-01-22.md", "Tim Beiko\nMartin Holst\nAna Lima"),
            ("2021-02-05.md", "Tim Bieko\nBo Chan\nAna Lima"),
        }.SelectMany(n => Notes.Parse($"# Core Devs {n.Item1[..10]}\n\n## Attendees\n\n{n.Item2}\n\n## Notes\n\n- Updates\n", n.Item1).Meetings).ToList();
        var archive = ArchiveResolver.Resolve(meetings, SiteSettings.Default, PeopleRegistry.Empty, new DiagnosticBag());

        var people = StarterSettings.Write(archive, 3, []).PeopleYml;
        var proposals = people.Split('\n').SkipWhile(l => !l.StartsWith("# Possibly one person", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.Length > 0).ToList();

        Assert.Equal(
        [
            """# HANDLE: { name: "Tim Beiko", aliases: ["Tim Bieko"] }   # Tim Beiko 2 calls, Tim Bieko 1 call""",
            """# HANDLE: { name: "Martin Holst Swende", aliases: ["Martin Holst"] }   # Martin Holst Swende 1 call, Martin Holst 1 call""",
        ], proposals);
        Assert.Equal(6, archive.People.Count(p => p.Key is "tim-beiko" or "tim-bieko" or "martin-holst-swende" or "martin-holst" or "bo-chen" or "bo-chan"));
    }
}
