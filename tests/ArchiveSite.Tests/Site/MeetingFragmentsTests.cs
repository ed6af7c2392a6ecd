using ArchiveSite.Export;
using ArchiveSite.Model;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>
/// <c>serve</c> writes meetings.json from the calls' objects its last build wrote (<see cref="MeetingFragments"/>): the
/// file must be, byte for byte, the one a build that keeps nothing writes, whatever changed since.
/// </summary>
public sealed class MeetingFragmentsTests
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

    private static string Written(Archive archive, MeetingFragments? kept)
    {
        using var buffer = new MemoryStream();
        ArchiveJson.Write(archive, buffer, kept);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void TheSameArchiveWrittenAgainIsTheSameFile()
    {
        var kept = new MeetingFragments();
        Assert.Equal(ArchiveJson.Serialize(Example), Written(Example, kept));
        Assert.Equal(ArchiveJson.Serialize(Example), Written(Example, kept));
    }

    [Fact]
    public void ACallMadeAgainIsWrittenAgain()
    {
        var kept = new MeetingFragments();
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
        var kept = new MeetingFragments();
        Written(Example, kept);
        // refs.json now says one of them is an issue: the calls that name it are the same objects as before.
        var named = Example.Meetings.SelectMany(m => m.References).First(r => Example.ReferencesByKey[r.Key].Kind == ReferenceKind.Pull).Key;
        var byKey = Example.ReferencesByKey.ToDictionary(p => p.Key, p => p.Key == named ? p.Value with { Kind = ReferenceKind.Issue } : p.Value);
        var changed = With(Example.Meetings, byKey);

        var json = Written(changed, kept);

        Assert.NotEqual(ArchiveJson.Serialize(Example), json);
        Assert.Equal(ArchiveJson.Serialize(changed), json);
    }
}
