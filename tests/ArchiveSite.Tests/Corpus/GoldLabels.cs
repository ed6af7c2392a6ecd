using System.Text.Json;

namespace ArchiveSite.Tests.Corpus;

/// <summary>
/// One labelled note: hand-checked in <c>../shared/corpus/falco/gold</c> (see its SPEC.md), or mechanical in a
/// corpus's <c>silver/</c> folder (see SILVER.md), which also gives the note's path and whether it has a roster.
/// </summary>
/// <param name="File">The note's path under the notes folder.</param>
/// <remarks>Ethereum's gold (and ours in <c>Corpus/Gold/</c>) also labels each call's speakers; Falco's and silver do not.</remarks>
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
            Strings(m, "refs").Concat(Strings(m, "bare_refs")).Distinct().ToList(),
            !m.TryGetProperty("roster", out var roster) || roster.GetBoolean(),
            m.TryGetProperty("speakers", out _) ? Strings(m, "speakers") : null)).ToList();
        var file = root.TryGetProperty("path", out var relative) ? relative.GetString()! : root.GetProperty("file").GetString()!;
        return new GoldFile(file, meetings);
    }

    private static IReadOnlyList<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
}

public sealed record GoldMeeting(string Date, string Series, bool Cancelled, IReadOnlyList<string> Mc, IReadOnlyList<string> Attendees, IReadOnlyList<string> Refs, bool Roster = true,
    IReadOnlyList<string>? Speakers = null);
