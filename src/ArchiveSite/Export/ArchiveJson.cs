using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ArchiveSite.Refs;
using ArchiveSite.Model;

namespace ArchiveSite.Export;

/// <summary>
/// The archive as JSON for other tools (the <c>export</c> command and <c>meetings.json</c>). Field names
/// and shapes are a contract: add fields, never rename them.
/// </summary>
public static class ArchiveJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static string Serialize(Archive archive) => JsonSerializer.Serialize(ToDocument(archive), Options);

    public static void Write(Archive archive, Stream stream) => JsonSerializer.Serialize(stream, ToDocument(archive), Options);

    private static object ToDocument(Archive archive) => new
    {
        meetings = archive.Meetings.Select(m => new
        {
            id = m.Id,
            date = m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            series = m.Series,
            title = m.Title,
            cancelled = m.Cancelled,
            upcoming = m.Upcoming,
            sources = m.Sources.Select(s => new { file = s.File, line = s.Line }),
            mc = m.Mcs,
            attendees = m.Attendees,
            nextMc = m.NextMc,
            links = m.Links.Select(l => new { label = l.Label, url = l.Url }),
            sections = m.Sections.Select(s => new { title = s.Title, level = s.Level, line = s.Source.Line }),
            agenda = m.Agenda.Select(a => new { title = a.Title, section = a.Section, presenters = a.Presenters, unknownPresenters = a.UnknownPresenters, line = a.Source.Line }),
            refs = m.References.Select(r => r.Key).Distinct().Order()
                .Select(k => Ref(k, archive.ReferencesByKey[k].Kind)),
            statements = m.Statements.Select(s => new { person = s.Person, text = s.Text, line = s.Source.Line }),
            decisions = m.Decisions.Select(d => new { text = d.Text, line = d.Source.Line }),
            actions = m.Actions.Select(a => new { text = a.Text, owners = a.Owners, line = a.Source.Line, done = a.Done, doneBy = a.DoneBy }),
        }),
        people = archive.People.Select(p => new
        {
            key = p.Key,
            name = p.Name,
            github = p.GitHub,
            aliases = p.Aliases,
            calls = archive.AppearancesByPerson[p.Key].Select(a => a.MeetingId).Distinct().Count(),
        }),
        refs = archive.References.Select(r => new
        {
            owner = r.Key.Owner,
            repo = r.Key.Repo,
            number = r.Key.Number,
            kind = Kind(r.Kind),
            title = r.DisplayTitle,
            titleSource = r.Facts?.Title is not null ? "github" : r.Title is null ? null : "notes",
            writtenTitle = r.Title,
            github = r.Facts is not { } f ? null : new
            {
                state = RefsFile.StateName(f.State),
                stateDate = f.StateDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                author = f.Author,
                labels = f.Labels,
                milestone = f.Milestone,
                url = r.GitHubUrl,
            },
            mentions = r.Mentions.Select(m => new
            {
                meeting = m.MeetingId,
                date = m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                bare = m.Mention.Bare,
                agendaItem = m.Mention.AgendaItem,
                snippet = m.Mention.Snippet,
                file = m.Mention.Source.File,
                line = m.Mention.Source.Line,
            }),
        }),
        series = archive.Series.Select(s => new { slug = s.Slug, name = s.Name }),
    };

    private static object Ref(ReferenceKey k, ReferenceKind kind) => new { owner = k.Owner, repo = k.Repo, number = k.Number, kind = Kind(kind) };

    private static string Kind(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Pull => "pull",
        ReferenceKind.Issue => "issue",
        ReferenceKind.Discussion => "discussion",
        _ => "unknown",
    };
}
