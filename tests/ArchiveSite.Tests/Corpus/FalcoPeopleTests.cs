using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Corpus;

/// <summary>
/// The Falco notes read with the settings the Falco community would commit beside them (examples/falco:
/// archive.yml and people.yml): every nickname the notes use names someone, and nobody appears twice.
/// </summary>
// Slow: ../shared.
[Trait("Category", "Slow")]
public sealed class FalcoPeopleTests
{
    private static readonly Lazy<ArchiveLoader.Result> Loaded = new(() => ArchiveLoader.Load(SharedCorpus.FalcoNotes, SharedCorpus.FalcoSettings));

    [Fact]
    public void EveryNicknameNamesSomeone()
    {
        var unresolved = Loaded.Value.Diagnostics.Where(d => d.Message.Contains("matches no one", StringComparison.Ordinal));
        Assert.Empty(unresolved.Select(d => d.ToString()));
        Assert.All(Loaded.Value.Archive.Meetings.SelectMany(m => m.Agenda), a => Assert.Empty(a.UnknownPresenters));
    }

    [Fact]
    public void NoOneAppearsUnderTwoNames()
    {
        var people = Loaded.Value.Archive.People;
        var shared = people.GroupBy(p => Text.PersonNames.Normalize(p.Name)).Where(g => g.Count() > 1).Select(g => string.Join(", ", g.Select(p => p.Key)));
        Assert.Empty(shared);
        // The people the issue found split: each is one person under the handle the notes link.
        foreach (var (alias, key) in new[] { ("Jacque", "jsalinas29"), ("Spencer", "nibalizer"), ("Leo Grasso", "leogr"), ("Thomas", "issif") })
        {
            var person = people.Single(p => p.Key == key);
            Assert.Contains(alias, person.Aliases.Append(person.Name), StringComparer.OrdinalIgnoreCase);
        }
        Assert.DoesNotContain(people, p => p.Key is "jacque" or "spencer" or "leo-grasso" or "jsalinas32");
    }
}
