using System.Runtime.CompilerServices;
using ArchiveSite.Caching;
using ArchiveSite.Model;
using ArchiveSite.Rendering.Views;
using ArchiveSite.Urls;

namespace ArchiveSite.Site.Pages;

/// <summary>
/// Everything a call's page reads of the build besides the call itself, looked up once: the page is
/// <c>CallPages.Model</c> of the call and this value, which is all that is in reach there, so a read cannot be added to
/// the page without being added here. Equal as a record: each field by value, lists item by item
/// (<see cref="EquatableList{T}"/>), the chrome and rows as <see cref="PageContext"/> keeps them from build to build
/// (as the same object when equal), and any other list only as the same object; so two equal reads of the same call
/// make the same page (<see cref="PageMemo"/>). The notes' renderer, given to the page beside these, reads of the build
/// only what <see cref="PageMemo.SiteReads"/> compares once for every page, and the references the page lists.
/// </summary>
/// <param name="People">The link of each person the page names (roster, presenters, speakers), in the order of <see cref="Named"/>.</param>
/// <param name="Topics">The call's agenda items but the routine ones (<see cref="Archive.Topics"/>): which are routine, all calls say together.</param>
/// <param name="LinkUses">How many calls link each address the call links, in the order of its links (a recording many link is a playlist).</param>
/// <param name="Actions">Its action items, with their owners' links and the call that saw each done.</param>
/// <param name="SourceUrl">archive.yml's <c>source_url</c>, for the "view source" links.</param>
internal sealed record CallPageReads(
    SiteChrome Chrome,
    SiteAddress Address,
    CallRow Row,
    Link Series,
    CallRow? Previous,
    CallRow? Next,
    EquatableList<Link> People,
    EquatableList<ReferenceRow> References,
    EquatableList<AgendaItem> Topics,
    EquatableList<int> LinkUses,
    EquatableList<ActionRow> Actions,
    string? SourceUrl)
{
    public static CallPageReads Of(PageContext context, Meeting meeting, string? previous, string? next)
    {
        var archive = context.Archive;
        return new CallPageReads(
            context.Chrome,
            context.Address,
            context.Call(meeting.Id),
            context.SeriesLink(meeting.Series),
            previous is null ? null : context.Call(previous),
            next is null ? null : context.Call(next),
            new(Named(meeting).Select(context.PersonLink).ToList()),
            new(KeysOf(meeting).References.Select(context.Reference).ToList()),
            new(archive.Topics(meeting)),
            new(meeting.Links.Select(l => context.CallsLinking(l.Url)).ToList()),
            new(meeting.Actions.Select(a => MinutesPages.Row(context, meeting, a)).ToList()),
            archive.Settings.SourceUrl);
    }

    /// <summary>Everyone the call's page names, once each, in the order it names them: whose links <see cref="People"/> holds.</summary>
    public static IReadOnlyList<string> Named(Meeting meeting) => KeysOf(meeting).Named;

    // What a call's page looks up, by the call's own keys: made once per call, not once per build, as a call
    // resolved from an unchanged note is the same object from build to build.
    private sealed record Keys(IReadOnlyList<string> Named, IReadOnlyList<ReferenceKey> References);

    private static readonly ConditionalWeakTable<Meeting, Keys> Known = new();

    private static Keys KeysOf(Meeting meeting) => Known.GetValue(meeting, m => new Keys(
        m.PeopleNamed.Concat(m.Statements.Select(s => s.Person)).Distinct(StringComparer.Ordinal).ToList(),
        m.References.Select(r => r.Key).Distinct().Order().ToList()));
}
