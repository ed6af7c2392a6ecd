using ArchiveSite.Site.Outputs;
using ArchiveSite.Site.Pages;

namespace ArchiveSite.Site;

/// <summary>
/// What a site is made of: its kinds of page (<see cref="PageKinds"/>) and of output beside them
/// (<see cref="OutputKinds"/>). A build takes them as given, so a kind added here, or by a caller, is built,
/// checked against the theme, put in the navigation, indexed for search and link-checked like the tool's own.
/// </summary>
public sealed record SiteKinds(IReadOnlyList<PageKind> Pages, IReadOnlyList<OutputKind> Outputs)
{
    public static readonly SiteKinds Default = new(PageKinds.All, OutputKinds.All);
}
