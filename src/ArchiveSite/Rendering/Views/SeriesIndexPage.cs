namespace ArchiveSite.Rendering.Views;

public sealed class SeriesIndexPage : PageModel
{
    public required IReadOnlyList<SeriesRow> Series { get; init; }
}

public sealed record SeriesRow(Link Link, int Calls, CallRow First, CallRow Last);
