using ArchiveSite.Model;
using ArchiveSite.Rendering.Views;

namespace ArchiveSite.Site;

/// <summary>The state badge of a reference whose facts refs.json holds; none without them.</summary>
public static class ReferenceStates
{
    public static StateBadge? Of(Reference reference) => reference.Facts is not { } facts ? null : facts.State switch
    {
        ReferenceState.Open => new StateBadge("open", "open"),
        ReferenceState.Merged => new StateBadge("merged", Dated("merged", facts.StateDate)),
        ReferenceState.Closed => new StateBadge("closed", Dated("closed", facts.StateDate)),
        _ => new StateBadge("not-found", "not found on GitHub"),
    };

    /// <summary>The word a search facet and a list filter use ("Open", "Merged", "Closed"; "Unknown" without facts).</summary>
    public static string Facet(Reference reference) => reference.Facts?.State switch
    {
        ReferenceState.Open => "Open",
        ReferenceState.Merged => "Merged",
        ReferenceState.Closed => "Closed",
        ReferenceState.NotFound => "Not found",
        _ => "Unknown",
    };

    private static string Dated(string word, DateOnly? date) => date is { } d ? $"{word} {PageContext.LongDate(d)}" : word;
}
