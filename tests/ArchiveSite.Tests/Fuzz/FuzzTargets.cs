using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.GitHub;
using ArchiveSite.Loading;
using ArchiveSite.Parsing;

namespace ArchiveSite.Tests.Fuzz;

/// <summary>
/// What the fuzzer feeds (tests/ArchiveSite.Fuzz compiles this file too), so that a finding replays here
/// exactly as it ran there. Each reader must turn any bytes into results or diagnostics, never an exception.
/// </summary>
public static class FuzzTargets
{
    public const string Note = "note";
    public const string Yaml = "yaml";
    public const string Refs = "refs";

    /// <summary>A note: bytes → text (UTF-8, line endings, control characters, mojibake) → front matter → calls.</summary>
    public static DiagnosticBag ReadNote(ReadOnlySpan<byte> bytes)
    {
        var diagnostics = new DiagnosticBag();
        if (NoteReader.Read("fuzz.md", bytes.ToArray(), diagnostics) is { } source)
            NoteParser.Parse(source, diagnostics);
        return diagnostics;
    }

    /// <summary>archive.yml and people.yml: the same bytes through both readers.</summary>
    public static DiagnosticBag ReadYaml(ReadOnlySpan<byte> bytes)
    {
        var diagnostics = new DiagnosticBag();
        if (TextDecoding.Decode("fuzz.yml", bytes, diagnostics) is not { } text) return diagnostics;
        SiteSettingsLoader.Parse(text, diagnostics);
        PeopleRegistryLoader.Parse(text, diagnostics);
        return diagnostics;
    }

    /// <summary>refs.json: any bytes to facts or file:line errors; what it accepts must write and read back the same.</summary>
    public static DiagnosticBag ReadRefs(ReadOnlySpan<byte> bytes)
    {
        var diagnostics = new DiagnosticBag();
        var cache = RefsFile.Parse(RefsFile.FileName, bytes.ToArray(), diagnostics);
        var again = RefsFile.Parse(RefsFile.FileName, RefsFile.Serialize(cache), new DiagnosticBag());
        if (again.References.Count != cache.References.Count || again.References.Any(p => !cache.References[p.Key].SameFactsAs(p.Value)))
            throw new InvalidOperationException("refs.json read back differently from what was written");
        return diagnostics;
    }
}
