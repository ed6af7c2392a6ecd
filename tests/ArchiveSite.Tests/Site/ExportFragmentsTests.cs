using ArchiveSite.Export;
using ArchiveSite.Model;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>
/// <c>serve</c> writes meetings.json from the calls' and references' objects its last build wrote
/// (<see cref="MeetingFragments"/>, <see cref="ReferenceFragments"/>): the file must be, byte for byte, the one a build
/// that keeps nothing writes, whatever changed since.
/// </summary>
public sealed class ExportFragmentsTests
{
    private static readonly Archive Example = LoadExample();

    private static Archive LoadExample()
    {
        var loaded = ArchiveLoader.Load(Path.Combine(RepositoryRoot.Path, "content"));
        Assert.False(loaded.HasErrors, string.Join('\n', loaded.Diagnostics));
        return loaded.Archive;
    }

    /// <summary>The example archive with these calls and references (what meetings.json reads of them).</summary>
    private static Archive With(IReadOnlyList<Meeting> meetings, IReadOnlyDictionary<ReferenceKey, Reference> references) => new()
    {
        Settings = Example.Settings,
        ReferenceDefaults = Example.ReferenceDefaults,
        Meetings = meetings,
        MeetingsById = meetings.ToDictionary(m => m.Id, StringComparer.Ordinal),
        People = Example.People,
        PeopleByKey = Example.PeopleByKey,
        AppearancesByPerson = Example.AppearancesByPerson,
        References = [.. Example.References.Select(r => references[r.Key])],
        ReferencesByKey = references,
        Series = Example.Series,
    };

    /// <summary>What one process keeps of the file from build to build.</summary>
    private sealed record Kept(MeetingFragments Meetings, ReferenceFragments References)
    {
        public Kept() : this(new MeetingFragments(), new ReferenceFragments()) { }
    }

    private static string Written(Archive archive, Kept kept)
    {
        using var buffer = new MemoryStream();
        ArchiveJson.Write(archive, buffer, kept.Meetings, kept.References);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void TheSameArchiveWrittenAgainIsTheSameFile()
    {
        var kept = new Kept();
        Assert.Equal(ArchiveJson.Serialize(Example), Written(Example, kept));
        Assert.Equal(ArchiveJson.Serialize(Example), Written(Example, kept));
    }

    [Fact]
    public void ACallMadeAgainIsWrittenAgain()
    {
        var kept = new Kept();
        Written(Example, kept);
        // Equal in everything but the title, and not the same object: as a call resolved again from an edited note.
        var edited = With(Example.Meetings.Select((m, i) => i == 0 ? m with { Title = "Renamed call" } : m).ToList(), Example.ReferencesByKey);

        var json = Written(edited, kept);

        Assert.Contains("\"title\": \"Renamed call\"", json, StringComparison.Ordinal);
        Assert.Equal(ArchiveJson.Serialize(edited), json);
    }

    [Fact]
    public void ACallIsWrittenAgainWhenAPullRequestItNamesChangesKind()
    {
        var kept = new Kept();
        Written(Example, kept);
        // refs.json now says one of them is an issue: the calls that name it are the same objects as before.
        var named = Example.Meetings.SelectMany(m => m.References).First(r => Example.ReferencesByKey[r.Key].Kind == ReferenceKind.Pull).Key;
        var byKey = Example.ReferencesByKey.ToDictionary(p => p.Key, p => p.Key == named ? p.Value with { Kind = ReferenceKind.Issue } : p.Value);
        var changed = With(Example.Meetings, byKey);

        var json = Written(changed, kept);

        Assert.NotEqual(ArchiveJson.Serialize(Example), json);
        Assert.Equal(ArchiveJson.Serialize(changed), json);
    }

    /// <summary>Each way a reference made again can say something else, though every call is the same object.</summary>
    public static TheoryData<string> ReferenceChanges() => ["the notes' title", "refs.json's title", "a label", "a mention's words", "a mention more"];

    [Theory]
    [MemberData(nameof(ReferenceChanges))]
    public void AReferenceIsWrittenAgainWhenWhatItSaysChanges(string change)
    {
        var kept = new Kept();
        Written(Example, kept);
        var target = Example.References.First(r => r.Mentions.Count > 0);
        var facts = new ReferenceFacts { Kind = target.Kind, Title = "Fetched title", State = ReferenceState.Open, Labels = ["bug"] };
        var changed = change switch
        {
            "the notes' title" => target with { Title = target.Title + " (renamed)" },
            "refs.json's title" => target with { Facts = facts },
            "a label" => target with { Facts = facts with { Labels = ["bug", "help wanted"] } },
            "a mention's words" => target with { Mentions = [.. target.Mentions.Select((m, i) => i == 0 ? m with { Mention = m.Mention with { Snippet = "Other words" } } : m)] },
            _ => target with { Mentions = [.. target.Mentions, target.Mentions[0]] },
        };
        // The last build wrote the reference as it was, with refs.json's facts where the change is a label.
        if (change == "a label") Written(With(Example.Meetings, Example.ReferencesByKey.ToDictionary(p => p.Key, p => p.Key == target.Key ? target with { Facts = facts } : p.Value)), kept);
        var archive = With(Example.Meetings, Example.ReferencesByKey.ToDictionary(p => p.Key, p => p.Key == target.Key ? changed : p.Value));

        var json = Written(archive, kept);

        Assert.Equal(ArchiveJson.Serialize(archive), json);
    }

    [Fact]
    public void AReferenceMadeAgainThatSaysTheSameIsTakenAsItWas()
    {
        var kept = new Kept();
        Written(Example, kept);
        // Every reference a new object with new lists, as each build makes them: equal in all the file says.
        var again = With(Example.Meetings, Example.ReferencesByKey.ToDictionary(p => p.Key, p => p.Value with { Mentions = [.. p.Value.Mentions] }));
        var writing = kept.References.Start();

        Assert.All(again.References, r => Assert.NotNull(writing.Known(r)));
    }
}
