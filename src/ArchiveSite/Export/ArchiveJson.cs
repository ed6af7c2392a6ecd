using System.Text.Encodings.Web;
using System.Text.Json;
using ArchiveSite.Refs;
using ArchiveSite.Model;

namespace ArchiveSite.Export;

/// <summary>
/// The archive as JSON for other tools (the <c>export</c> command and <c>meetings.json</c>). Field names
/// and shapes are a contract: add fields, never rename them.
/// </summary>
public static class ArchiveJson
{
    private static readonly JsonWriterOptions Writing = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(Archive archive)
    {
        using var buffer = new MemoryStream();
        Write(archive, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void Write(Archive archive, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Writing);
        JsonSerializer.Serialize(json, ToDocument(archive), ExportJson.Default.ExportDocument);
    }

    private static ExportDocument ToDocument(Archive archive) => new(
        archive.Meetings.Select(m => new ExportMeeting(
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
            m.References.Select(r => r.Key).Distinct().Order().Select(k => new ExportReferenceKey(k.Owner, k.Repo, k.Number, Kind(archive.ReferencesByKey[k].Kind))),
            m.Statements.Select(s => new ExportStatement(s.Person, s.Text, s.Source.Line)),
            m.Decisions.Select(d => new ExportDecision(d.Text, d.Source.Line)),
            m.Actions.Select(a => new ExportAction(a.Text, a.Owners, a.Source.Line, a.Done, a.DoneBy)))),
        archive.People.Select(p => new ExportPerson(p.Key, p.Name, p.GitHub, p.Aliases,
            archive.AppearancesByPerson[p.Key].Select(a => a.MeetingId).Distinct().Count())),
        archive.References.Select(r => new ExportReference(
            r.Key.Owner,
            r.Key.Repo,
            r.Key.Number,
            Kind(r.Kind),
            r.DisplayTitle,
            r.Facts?.Title is not null ? "github" : r.Title is null ? null : "notes",
            r.Title,
            r.Facts is not { } f ? null : new ExportGitHubFacts(RefsFile.StateName(f.State), f.StateDate, f.Author, f.Labels, f.Milestone, r.GitHubUrl),
            r.Mentions.Select(m => new ExportMention(m.MeetingId, m.Date, m.Mention.Bare, m.Mention.AgendaItem, m.Mention.Snippet, m.Mention.Source.File, m.Mention.Source.Line)))),
        archive.Series.Select(s => new ExportSeries(s.Slug, s.Name)));

    private static string Kind(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Pull => "pull",
        ReferenceKind.Issue => "issue",
        ReferenceKind.Discussion => "discussion",
        _ => "unknown",
    };
}
