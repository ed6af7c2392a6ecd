using System.Text.Json.Serialization;

namespace ArchiveSite.Export;

// The shapes of meetings.json (ArchiveJson), as types the serializer's source generator writes without reflection:
// at ×30 the file is 32 MB, and written by reflection over anonymous types it took 0.44–0.75 s of a build's thread.
// Property names are camelCased; their order is the file's. A contract: add properties, never rename them. Dates are
// DateOnly, which the serializer writes as yyyy-MM-dd without a string made for each (every mention has one).
// ExportDocument is the top object: ArchiveJson writes it property by property, in this order, each call's object
// and each reference's object alone, so a property added here must be added there too (ExportContractTests reads the whole file).

internal sealed record ExportDocument(IEnumerable<ExportMeeting> Meetings, IEnumerable<ExportPerson> People, IEnumerable<ExportReference> Refs, IEnumerable<ExportSeries> Series);

internal sealed record ExportMeeting(
    string Id, DateOnly Date, string Series, string Title, bool Cancelled, bool Upcoming, IEnumerable<ExportSource> Sources,
    IReadOnlyList<string> Mc, IReadOnlyList<string> Attendees, IReadOnlyList<string> NextMc, IEnumerable<ExportLink> Links,
    IEnumerable<ExportSection> Sections, IEnumerable<ExportAgendaItem> Agenda, IEnumerable<ExportReferenceKey> Refs,
    IEnumerable<ExportStatement> Statements, IEnumerable<ExportDecision> Decisions, IEnumerable<ExportAction> Actions);

internal sealed record ExportSource(string File, int Line);

internal sealed record ExportLink(string Label, string Url);

internal sealed record ExportSection(string Title, int Level, int Line);

internal sealed record ExportAgendaItem(string Title, string? Section, IReadOnlyList<string> Presenters, IReadOnlyList<string> UnknownPresenters, int Line);

internal sealed record ExportReferenceKey(string Owner, string Repo, int Number, string Kind);

internal sealed record ExportStatement(string Person, string Text, int Line);

internal sealed record ExportDecision(string Text, int Line);

internal sealed record ExportAction(string Text, IReadOnlyList<string> Owners, int Line, bool Done, string? DoneBy);

internal sealed record ExportPerson(string Key, string Name, string? Github, IReadOnlyList<string> Aliases, int Calls);

internal sealed record ExportReference(
    string Owner, string Repo, int Number, string Kind, string? Title, string? TitleSource, string? WrittenTitle,
    ExportGitHubFacts? Github, IEnumerable<ExportMention> Mentions);

internal sealed record ExportGitHubFacts(string State, DateOnly? StateDate, string? Author, IReadOnlyList<string> Labels, string? Milestone, string Url);

internal sealed record ExportMention(string Meeting, DateOnly Date, bool Bare, string? AgendaItem, string Snippet, string File, int Line);

internal sealed record ExportSeries(string Slug, string Name);

[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ExportDocument))]
internal sealed partial class ExportJson : JsonSerializerContext;
