using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ArchiveSite.Refs;
using ArchiveSite.Model;

namespace ArchiveSite.Export;

/// <summary>
/// The archive as JSON for other tools (the <c>export</c> command and <c>meetings.json</c>). Field names
/// and shapes are a contract: add fields, never rename them.
/// </summary>
public static class ArchiveJson
{
    // Lines end in \n on every system: the same archive is the same bytes, and each call's or reference's object is indented by its line breaks (Indented).
    private static readonly JsonWriterOptions Writing = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(Archive archive)
    {
        using var buffer = new MemoryStream();
        Write(archive, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <param name="kept">Each call's JSON as the last build of this process wrote it (<see cref="MeetingFragments"/>); null writes every call.</param>
    /// <param name="keptReferences">Each PR's or issue's likewise (<see cref="ReferenceFragments"/>); null writes every one.</param>
    public static void Write(Archive archive, Stream stream, MeetingFragments? kept = null, ReferenceFragments? keptReferences = null)
    {
        using var json = new Utf8JsonWriter(stream, Writing);
        json.WriteStartObject();
        json.WriteStartArray("meetings");
        var fragments = kept?.Start();
        foreach (var meeting in archive.Meetings)
        {
            var keys = meeting.References.Select(r => r.Key).Distinct().Order().ToList();
            var kinds = keys.ConvertAll(k => Kind(archive.ReferencesByKey[k].Kind));
            var fragment = fragments?.Known(meeting, kinds) ?? Fragment(meeting, keys, kinds);
            fragments?.Keep(meeting, kinds, fragment);
            json.WriteRawValue(fragment, skipInputValidation: true);
            FlushAsItGoes(json);
        }
        json.WriteEndArray();
        json.WritePropertyName("people");
        JsonSerializer.Serialize(json, archive.People.Select(p => new ExportPerson(p.Key, p.Name, p.GitHub, p.Aliases,
            CallIds.Of(archive.AppearancesByPerson[p.Key]).Count())), ExportJson.Default.IEnumerableExportPerson);
        json.WriteStartArray("refs");
        var references = keptReferences?.Start();
        foreach (var reference in archive.References)
        {
            var fragment = references?.Known(reference) ?? Fragment(reference);
            references?.Keep(reference, fragment);
            json.WriteRawValue(fragment, skipInputValidation: true);
            FlushAsItGoes(json);
        }
        json.WriteEndArray();
        json.WritePropertyName("series");
        JsonSerializer.Serialize(json, archive.Series.Select(s => new ExportSeries(s.Slug, s.Name)), ExportJson.Default.IEnumerableExportSeries);
        json.WriteEndObject();
    }

    // Written out as it goes, a megabyte at a time: tens of megabytes at scale need not be held whole, nor the writer's
    // buffer grown to hold them (a count of objects is no bound: a PR discussed by hundreds of calls is 100 KB).
    private static void FlushAsItGoes(Utf8JsonWriter json)
    {
        if (json.BytesPending >= 1 << 20) json.Flush();
    }

    /// <summary>Where a call's or a reference's object sits in the file: in an array ("meetings", "refs") of the top object.</summary>
    private const int Depth = 2;

    /// <summary>One call's object in the file: what it reads besides the call is the kind of each PR or issue it names.</summary>
    private static byte[] Fragment(Meeting m, IReadOnlyList<ReferenceKey> keys, IReadOnlyList<string> kinds)
    {
        var meeting = new ExportMeeting(
            m.Id,
            m.Date,
            m.Series,
            m.Title,
            m.Cancelled,
            m.Upcoming,
            m.Sources.Select(s => new ExportSource(s.File, s.Line)),
            m.Mcs,
            m.Attendees,
            m.NextMc,
            m.Links.Select(l => new ExportLink(l.Label, l.Url)),
            m.Sections.Select(s => new ExportSection(s.Title, s.Level, s.Source.Line)),
            m.Agenda.Select(a => new ExportAgendaItem(a.Title, a.Section, a.Presenters, a.UnknownPresenters, a.Source.Line)),
            keys.Select((k, i) => new ExportReferenceKey(k.Owner, k.Repo, k.Number, kinds[i])),
            m.Statements.Select(s => new ExportStatement(s.Person, s.Text, s.Source.Line)),
            m.Decisions.Select(d => new ExportDecision(d.Text, d.Source.Line)),
            m.Actions.Select(a => new ExportAction(a.Text, a.Owners, a.Source.Line, a.Done, a.DoneBy)));
        return InArray(meeting, ExportJson.Default.ExportMeeting);
    }

    /// <summary>One PR's or issue's object in the file: everything it says is the reference's own (<see cref="ReferenceFragments.SaysTheSame"/>).</summary>
    private static byte[] Fragment(Reference r)
    {
        var reference = new ExportReference(
            r.Key.Owner,
            r.Key.Repo,
            r.Key.Number,
            Kind(r.Kind),
            r.DisplayTitle,
            r.Facts?.Title is not null ? "github" : r.Title is null ? null : "notes",
            r.Title,
            r.Facts is not { } f ? null : new ExportGitHubFacts(RefsFile.StateName(f.State), f.StateDate, f.Author, f.Labels, f.Milestone, r.GitHubUrl),
            r.Mentions.Select(m => new ExportMention(m.MeetingId, m.Date, m.Mention.Bare, m.Mention.AgendaItem, m.Mention.Snippet, m.Mention.Source.File, m.Mention.Source.Line)));
        return InArray(reference, ExportJson.Default.ExportReference);
    }

    /// <summary>An object of one of the top object's arrays, serialized alone and indented to where it sits (<see cref="Depth"/>).</summary>
    private static byte[] InArray<T>(T value, JsonTypeInfo<T> type)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Writing))
            JsonSerializer.Serialize(json, value, type);
        return Indented(buffer.WrittenSpan, Depth);
    }

    /// <summary>
    /// An object written alone, as it reads at <paramref name="depth"/> of an indented file: a line break before it and
    /// two spaces more at the start of each of its lines per level (a raw value is copied as it is). JSON text holds no
    /// line break but between tokens, so every one is where indentation goes.
    /// </summary>
    private static byte[] Indented(ReadOnlySpan<byte> alone, int depth)
    {
        var indent = depth * 2;
        var lines = alone.Count((byte)'\n') + 1;
        // Each line's own break is replaced by the one written before it, with its indentation.
        var result = new byte[alone.Length - (lines - 1) + lines * (1 + indent)];
        var at = 0;
        var rest = alone;
        while (true)
        {
            result[at++] = (byte)'\n';
            result.AsSpan(at, indent).Fill((byte)' ');
            at += indent;
            var line = rest.IndexOf((byte)'\n');
            if (line < 0) break;
            rest[..line].CopyTo(result.AsSpan(at));
            at += line;
            rest = rest[(line + 1)..];
        }
        rest.CopyTo(result.AsSpan(at));
        return result;
    }

    private static string Kind(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Pull => "pull",
        ReferenceKind.Issue => "issue",
        ReferenceKind.Discussion => "discussion",
        _ => "unknown",
    };
}
