using System.Text;
using ArchiveSite.Diagnostics;
using ArchiveSite.GitHub;
using ArchiveSite.Refs;
using ArchiveSite.Model;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Sync;

/// <summary>
/// refs.json comes with pull requests like the notes, so it is read as strictly: malformed, partial or hostile
/// content is an error naming its line, and what it says never becomes markup or a script address.
/// </summary>
public sealed class RefsFileTests
{
    private static (RefsCache Cache, IReadOnlyList<Diagnostic> Errors) Parse(string json)
    {
        var diagnostics = new DiagnosticBag();
        var cache = RefsFile.Parse(RefsFile.FileName, Encoding.UTF8.GetBytes(json), diagnostics);
        return (cache, diagnostics.Sorted());
    }

    private static string File(string references) => "{\n  \"version\": 1,\n  \"references\": {\n" + references + "\n  }\n}\n";

    private const string Good = """
            "acme/widgets#1": {
              "kind": "pull",
              "title": "Load widgets lazily",
              "state": "merged",
              "stateDate": "2024-03-07",
              "author": "ada-l",
              "labels": ["kind/feature"],
              "milestone": "1.4.0"
            }
        """;

    [Fact]
    public void AWellFormedFileGivesEachReferenceItsFacts()
    {
        var (cache, errors) = Parse(File(Good));
        Assert.Empty(errors);
        var facts = cache.References[ReferenceKey.Create("acme", "widgets", 1)];
        Assert.Equal((ReferenceKind.Pull, ReferenceState.Merged, new DateOnly(2024, 3, 7), "ada-l"), (facts.Kind, facts.State, facts.StateDate, facts.Author));
    }

    [Fact]
    public void WhatIsWrittenReadsBackTheSame()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, RefsFile.FileName);
        var facts = new ReferenceFacts
        {
            Kind = ReferenceKind.Issue,
            Title = "Crash on \"start\" — ünïcode",
            State = ReferenceState.Closed,
            StateDate = new DateOnly(2024, 3, 10),
            Author = "dependabot[bot]",
            Labels = ["a", "b"],
            Milestone = "1.0",
            Url = "https://github.com/acme/gadgets/issues/12",
            ETag = "W/\"x\"",
        };
        var cache = new RefsCache(new Dictionary<ReferenceKey, ReferenceFacts> { [ReferenceKey.Create("acme", "widgets", 5)] = facts },
            new Dictionary<string, DateTimeOffset> { ["acme/widgets"] = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero) });
        RefsFile.Write(path, cache);

        var (read, errors) = Parse(System.IO.File.ReadAllText(path));
        Assert.Empty(errors);
        Assert.True(facts.SameFactsAs(read.References[ReferenceKey.Create("acme", "widgets", 5)]));
        Assert.Equal(facts.ETag, read.References[ReferenceKey.Create("acme", "widgets", 5)].ETag);
        Assert.Equal(cache.CheckedThrough["acme/widgets"], read.CheckedThrough["acme/widgets"]);
        Assert.Contains("ünïcode", System.IO.File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJsonIsAnErrorAtItsLine()
    {
        var (_, errors) = Parse("{\n  \"version\": 1,\n  \"references\": {\n    \"acme/widgets#1\": { \"kind\": \"pull\" \"state\": \"open\" }\n  }\n}\n");
        var error = Assert.Single(errors);
        Assert.Equal((RefsFile.FileName, 4), (error.File, error.Line));
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AScriptAddressIsRefusedWithItsLine()
    {
        var (cache, errors) = Parse(File("""
                "acme/widgets#1": {
                  "kind": "pull",
                  "state": "open",
                  "url": "javascript:alert(document.domain)//github.com/acme/widgets/pull/1"
                },
                "acme/widgets#2": { "kind": "issue", "state": "open", "url": "https://evil.example/acme/widgets/issues/2?x=1" },
                "acme/widgets#3": { "kind": "issue", "state": "open", "url": "http://github.com/acme/widgets/issues/3" }
            """));
        Assert.Equal([7, 9, 10], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Contains("\"url\" should be the https address", e.Message, StringComparison.Ordinal));
        Assert.Empty(cache.References);
    }

    [Theory]
    [InlineData("\"title\": \"bell \\u0007 ringing\"", "\"title\" should be one line")]
    [InlineData("\"author\": \"<img src=x onerror=alert(1)>\"", "\"author\" should be a GitHub login")]
    [InlineData("\"state\": \"reopened\"", "\"state\" should be")]
    [InlineData("\"stateDate\": \"March 7\"", "\"stateDate\" should be a date")]
    [InlineData("\"labels\": \"kind/bug\"", "\"labels\" should be a list")]
    [InlineData("\"onclick\": \"x\"", "unknown field \"onclick\"")]
    public void EachFieldIsChecked(string field, string message)
    {
        var (cache, errors) = Parse(File($$"""
                "acme/widgets#1": {
                  "kind": "pull",
                  "state": "open",
                  {{field}}
                }
            """));
        var error = Assert.Single(errors, e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(7, error.Line);
        Assert.Empty(cache.References);
    }

    [Fact]
    public void KeysVersionAndDuplicatesAreChecked()
    {
        Assert.Contains(Parse("{ \"version\": 2, \"references\": {} }").Errors, e => e.Message.Contains("\"version\" should be 1", StringComparison.Ordinal));
        Assert.Contains(Parse("{ \"references\": {} }").Errors, e => e.Message.Contains("\"version\": 1 is missing", StringComparison.Ordinal));
        Assert.Contains(Parse(File("\"../../etc/passwd\": { \"kind\": \"pull\", \"state\": \"open\" }")).Errors,
            e => e.Message.Contains("is not a reference such as", StringComparison.Ordinal));
        var (cache, errors) = Parse(File("""
                "acme/widgets#1": { "kind": "pull", "state": "open" },
                "ACME/Widgets#1": { "kind": "pull", "state": "closed" }
            """));
        Assert.Contains(errors, e => e.Line == 5 && e.Message.Contains("listed twice", StringComparison.Ordinal));
        Assert.Equal(ReferenceState.Open, Assert.Single(cache.References).Value.State);
    }

    [Fact]
    public void ATruncatedFileKeepsWhatCameBeforeTheBreak()
    {
        var (cache, errors) = Parse(File(Good + ",\n    \"acme/widgets#2\": { \"kind\": \"issue\"")[..^8]);
        Assert.Single(errors);
        Assert.Single(cache.References);
    }
}
