namespace ArchiveSite.Rendering.Views;

public sealed class PeoplePage : PageModel
{
    public required int TotalPeople { get; init; }
    public required IReadOnlyList<PersonRow> People { get; init; }
}

public sealed record PersonRow(string Key, Link Person, string? GitHub, int Attended, int Mced, int Presented, CallRow First, CallRow Last);
