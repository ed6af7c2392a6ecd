using System.Text.Json;
using ArchiveSite.Caching;
using ArchiveSite.Diagnostics;
using ArchiveSite.Loading;
using ArchiveSite.Parsing;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Loading;

/// <summary>The parse cache gives back, from its file, exactly what parsing gave: every field of every call.</summary>
public sealed class ParsedNoteCacheTests
{
    // Every field, nested lists included, as text: records compare their lists by reference, not by contents.
    private static readonly JsonSerializerOptions Everything = new() { IncludeFields = true };

    private const string EveryField = """
        # Community call 2024-03-06

        [Recording](https://youtu.be/abc), [Zoom](https://zoom.us/j/123)

        ## Attendees
        | Name | Abbreviation | Organization |
        |---|---|---|
        | Ana Lima | AL | Acme |
        | Bo Chen | BC | Initech |

        ## Agenda
        1. [ana] Release plan ([driver loader rework](https://github.com/falcosecurity/libs/pull/1200)), see [last week](2024-02-28.md)

        ## Notes
        - AL: the freeze starts Monday
        - **Decision:** we ship 0.38 on March 20
        - [ ] Bo Chen to draft the release notes
        """;

    private static ParsedNoteCache.Entry Parse(string file, byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        var source = NoteReader.Read(file, bytes, diagnostics);
        return new ParsedNoteCache.Entry(source is null ? [] : NoteParser.Parse(source, diagnostics), diagnostics.Sorted());
    }

    [Fact]
    public void AStoreReadBackHoldsEveryFieldOfEveryCall()
    {
        using var temp = new TempFolder();
        var store = Path.Combine(temp.Path, "notes.cache");
        var notes = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "content"), "*.md")
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "tests", "ArchiveSite.Tests", "Specs", "Minutes"), "*.md"))
            .ToDictionary(f => Path.GetRelativePath(RepositoryRoot.Path, f), File.ReadAllBytes);
        notes["every-field.md"] = System.Text.Encoding.UTF8.GetBytes(EveryField);
        var warnings = new List<string>();
        var written = ParsedNoteCache.Open(store, warnings);
        var parsed = notes.ToDictionary(n => n.Key, n => written.GetOrParse(n.Key, System.Security.Cryptography.SHA256.HashData(n.Value), () => Parse(n.Key, n.Value)));
        written.Save(warnings);

        var read = ParsedNoteCache.Open(store, warnings);
        foreach (var (file, bytes) in notes)
        {
            var cached = read.GetOrParse(file, System.Security.Cryptography.SHA256.HashData(bytes), () => throw new InvalidOperationException($"{file} was parsed again"));
            Assert.Equal(JsonSerializer.Serialize(parsed[file], Everything), JsonSerializer.Serialize(cached, Everything));
        }
        Assert.Equal(0, read.Misses);
        Assert.Empty(warnings);
        // The notes exercise the fields a layout could miss: properties set after construction, nested records.
        var calls = parsed.Values.SelectMany(e => e.Meetings).ToList();
        Assert.Contains(calls, m => m.Statements.Count > 0 && m.Actions.Count > 0 && m.Decisions.Count > 0);
        Assert.Contains(calls, m => m.Attendees.Any(a => a.Detail is not null));
        Assert.Contains(calls, m => m.References.Any(r => r.Title is not null));
        Assert.Contains(calls, m => m.RelativeAddresses.Count > 0 && m.Links.Count > 0);
    }

    [Fact]
    public void AnEntryThatIsNotOneIsParsedAgain()
    {
        using var temp = new TempFolder();
        var store = Path.Combine(temp.Path, "notes.cache");
        var note = "# Community call 2024-01-10\n\n- Notes\n"u8.ToArray();
        CacheStore.WriteEntries(store, "notes", [("a.md", System.Security.Cryptography.SHA256.HashData(note), new byte[] { 0xff, 0xff, 0xff, 0x7f, 1, 2, 3 })], new List<string>());

        var cache = ParsedNoteCache.Open(store, new List<string>());
        var entry = cache.GetOrParse("a.md", System.Security.Cryptography.SHA256.HashData(note), () => Parse("a.md", note));

        Assert.Equal(1, cache.Misses);
        Assert.Equal(new DateOnly(2024, 1, 10), Assert.Single(entry.Meetings).Date);
    }
}
