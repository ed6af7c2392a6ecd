using System.Text.Json;

namespace ArchiveSite.Tests.Corpus;

/// <summary>One labelled note of <c>../shared/corpus/falco/gold</c> (see its SPEC.md).</summary>
public sealed record GoldFile(string File, IReadOnlyList<GoldMeeting> Meetings)
{
    public static IReadOnlyList<GoldFile> LoadAll(string goldDirectory) =>
        Directory.GetFiles(goldDirectory, "*.md.json").Order(StringComparer.Ordinal).Select(Load).ToList();

    private static GoldFile Load(string path)
    {
        using var doc = JsonDocument.Parse(System.IO.File.ReadAllText(path));
        var root = doc.RootElement;
        var meetings = root.GetProperty("meetings").EnumerateArray().Select(m => new GoldMeeting(
            m.GetProperty("date").GetString()!,
            m.GetProperty("series").GetString()!,
            m.GetProperty("cancelled").GetBoolean(),
            Strings(m, "mc"),
            Strings(m, "attendees"),
            Strings(m, "refs").Concat(Strings(m, "bare_refs")).Distinct().ToList())).ToList();
        return new GoldFile(root.GetProperty("file").GetString()!, meetings);
    }

    private static IReadOnlyList<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
}

public sealed record GoldMeeting(string Date, string Series, bool Cancelled, IReadOnlyList<string> Mc, IReadOnlyList<string> Attendees, IReadOnlyList<string> Refs);
