using System.Text.Json.Serialization;

namespace ArchiveSite.Rendering.Views;

public sealed class CallPage : PageModel
{
    /// <summary>The call's name for its h1; the date has a line of its own (<see cref="PageModel.Title"/> has both, for the tab and search).</summary>
    public required string Heading { get; init; }
    public required string DateText { get; init; }
    public required string IsoDate { get; init; }
    public required int Year { get; init; }
    public required Link Series { get; init; }
    public required bool Cancelled { get; init; }
    public required IReadOnlyList<Link> Mcs { get; init; }
    public required IReadOnlyList<PersonLine> Attendees { get; init; }
    public required IReadOnlyList<Link> NextMcs { get; init; }
    public required IReadOnlyList<Link> MeetingLinks { get; init; }
    public required IReadOnlyList<AgendaRow> Agenda { get; init; }
    public required IReadOnlyList<ReferenceRow> References { get; init; }

    private string? _notesHtml;

    /// <summary>The call's notes, rendered from Markdown and sanitized: the only raw HTML a template writes.</summary>
    [JsonIgnore]
    public string NotesHtml => _notesHtml ??= RenderNotes();

    /// <summary>How the notes are rendered, when the page is: a build that finds the page unchanged never renders them.</summary>
    [JsonIgnore]
    public Func<string> RenderNotes { get; init; } = () => "";

    /// <summary>Everything the rendered notes depend on, hashed (<c>NoteInputs.Fingerprint</c>): what stands for them when the page is compared with the last build's.</summary>
    public required string NotesFingerprint { get; init; }

    public CallRow? PreviousInSeries { get; init; }
    public CallRow? NextInSeries { get; init; }

    /// <summary>"View source" links: the note(s) at file and line, when <c>source_url</c> is set; else the plain locations.</summary>
    public required IReadOnlyList<SourceRow> Sources { get; init; }

    /// <summary>What the call decided, in the order of the notes.</summary>
    public IReadOnlyList<string> Decisions { get; init; } = [];

    /// <summary>Its action items, in the order of the notes.</summary>
    public IReadOnlyList<ActionRow> Actions { get; init; } = [];

    /// <summary>Names of the people the minutes quote (search's speaker filter).</summary>
    public IReadOnlyList<string> SpeakerFilters { get; init; } = [];

    /// <summary>Search filters (Pagefind): person keys and owner/repo of every reference.</summary>
    public required IReadOnlyList<string> PersonFilters { get; init; }
    public required IReadOnlyList<string> RepositoryFilters { get; init; }
}

/// <param name="Id">The item's fragment on the page (<see cref="Urls.AgendaAnchors"/>).</param>
public sealed record AgendaRow(string Id, string Title, string? Section, IReadOnlyList<Link> Presenters, IReadOnlyList<string> UnknownPresenters)
{
    /// <summary>
    /// The title's joined words apart ("falco-driver-loader" → "falco driver loader"), for search: a reader
    /// types the words, and the index holds the joined word as one. Null when the title joins none.
    /// </summary>
    public string? SearchWords => Title.AsSpan().IndexOfAny("-_/.") >= 0 ? string.Join(' ', Title.Split(['-', '_', '/', '.', ' '], StringSplitOptions.RemoveEmptyEntries)) : null;
}

/// <summary>A PR or issue the call discussed: its archive page and its GitHub page.</summary>
public sealed record ReferenceRow(string Text, string Kind, string ArchiveHref, string GitHubHref, int CallCount, string? Title = null, StateBadge? State = null);

public sealed record SourceRow(string Location, string? Href);
