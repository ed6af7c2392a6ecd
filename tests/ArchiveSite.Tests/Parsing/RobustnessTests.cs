using System.Text;
using ArchiveSite.Diagnostics;
using ArchiveSite.Loading;
using ArchiveSite.Markdown;
using ArchiveSite.Parsing;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Parsing;

/// <summary>
/// Mutated real notes: the parser never throws or hangs, and every mutant yields calls or
/// <c>file:line</c> errors. Mutations use a fixed seed so a failure can be replayed.
/// </summary>
public sealed class RobustnessTests
{
    // A guard against hangs (catastrophic regex backtracking, runaway nesting), not a speed goal: generous,
    // because the whole suite shares two cores and a parse can wait its turn for a long while.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static IEnumerable<object[]> Mutations() =>
        new[] { "truncate", "flip-bytes", "shuffle-lines", "duplicate-lines" }.Select(m => new object[] { m });

    [Theory]
    [Trait("Category", "Slow")] // ../shared
    [MemberData(nameof(Mutations))]
    public void NeverThrowsOrHangsOnMutatedRealNotes(string mutation)
    {
        var random = new Random(20261125);
        foreach (var path in Directory.GetFiles(SharedCorpus.FalcoNotes, "*.md").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(path);
            for (var round = 0; round < 3; round++)
                AssertParsesOrReports(Path.GetFileName(path), Mutate(mutation, bytes, random));
        }
    }

    [Fact]
    public void SurvivesDeeplyNestedListsQuotesAndEmphasis()
    {
        var note = new StringBuilder("## 2020-05-13\n\n");
        for (var i = 0; i < 1000; i++) note.Append(new string(' ', i * 2)).Append("- item ").Append(i).Append('\n');
        note.Append(new string('>', 5000)).Append(" quote\n\n");
        note.Append(new string('*', 5000)).Append("text").Append(new string('*', 5000)).Append('\n');
        note.Append(new string('[', 5000)).Append('x').Append(new string(']', 5000)).Append("(https://github.com/a/b/pull/1)\n");

        var diagnostics = AssertParsesOrReports("deep.md", Encoding.UTF8.GetBytes(note.ToString()));

        Assert.Equal("deep.md:131:1: error: lists, quotes or emphasis are nested too deeply to read; flatten the nesting in this note",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void ANoteNestedAsDeeplyAsMarkdigReadsIsKept()
    {
        // The depth check before Markdig is an upper bound: it must not refuse what Markdig itself would read.
        var quotes = $"## 2020-05-13\n\n{new string('>', ContainerDepth.Limit - 1)} a quote\nand its lazy line\n";
        var spacedQuotes = $"## 2020-05-13\n\n{string.Join(' ', Enumerable.Repeat('>', ContainerDepth.Limit - 1))} a quote\n";
        // Each list is two of Markdig's containers (the list and its item), so 50 lists are near its limit.
        var spacedItems = $"## 2020-05-13\n\n{string.Join("    ", Enumerable.Repeat('-', 50))} an item in 50 lists\n";
        var lists = "## 2020-05-13\n\n" + string.Concat(Enumerable.Range(0, 31).Select(i => new string(' ', i * 2) + "- item\n"));
        var rule = "## 2020-05-13\n\n" + new string('-', 400) + "\n\n" + new string('*', 400) + "\n";
        var dots = "## 2020-05-13\n\n" + string.Concat(Enumerable.Repeat(". ", 200)) + "\n";

        foreach (var note in new[] { quotes, spacedQuotes, spacedItems, lists, rule, dots })
            Assert.Single(Parse("ok.md", Encoding.UTF8.GetBytes(note), out _));
    }

    [Fact]
    public void RefusesDeeplyNestedYamlFrontMatterWithAnError()
    {
        var yaml = new StringBuilder("---\n");
        for (var i = 0; i < 2000; i++) yaml.Append(new string(' ', i)).Append('k').Append(i).Append(":\n");
        yaml.Append("---\n## 2020-05-13\n");

        var diagnostics = AssertParsesOrReports("deep-yaml.md", Encoding.UTF8.GetBytes(yaml.ToString()));

        Assert.Contains(diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("nested"));
    }

    [Fact]
    [Trait("Category", "Slow")] // ../shared
    public void ParsesATenMegabyteNote()
    {
        var call = File.ReadAllText(Path.Combine(SharedCorpus.FalcoNotes, "release-0.28.0.md"));
        var note = new StringBuilder();
        while (note.Length < 10 * 1024 * 1024) note.Append(call).Append('\n');

        var meetings = Parse("big.md", Encoding.UTF8.GetBytes(note.ToString()), out _);

        Assert.True(meetings.Count > 1000);
    }

    private static IReadOnlyList<Diagnostic> AssertParsesOrReports(string file, byte[] bytes)
    {
        var meetings = Parse(file, bytes, out var diagnostics);
        Assert.True(meetings.Count > 0 || diagnostics.Any(d => d.Severity == Severity.Error),
            $"{file}: neither calls nor errors");
        Assert.All(diagnostics, d => Assert.Equal(file, d.File));
        return diagnostics;
    }

    private static IReadOnlyList<ParsedMeeting> Parse(string file, byte[] bytes, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        var task = Task.Run(() =>
        {
            var source = NoteReader.Read(file, bytes, bag);
            return source is null ? [] : NoteParser.Parse(source, bag);
        });
        Assert.True(task.Wait(Limit), $"{file}: parsing took longer than {Limit.TotalSeconds} s");
        diagnostics = bag.Sorted();
        return task.Result;
    }

    private static byte[] Mutate(string mutation, byte[] bytes, Random random)
    {
        switch (mutation)
        {
            case "truncate":
                return bytes[..random.Next(bytes.Length + 1)];
            case "flip-bytes":
                var flipped = (byte[])bytes.Clone();
                for (var i = 0; i < 1 + flipped.Length / 200; i++) flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
                return flipped;
            default:
                var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
                if (mutation == "shuffle-lines") lines = lines.OrderBy(_ => random.Next()).ToList();
                else for (var i = 0; i < lines.Count / 4; i++) lines.Insert(random.Next(lines.Count), lines[random.Next(lines.Count)]);
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
        }
    }
}
