using ArchiveSite.Caching;
using ArchiveSite.Model;
using ArchiveSite.Rendering.Views;
using ArchiveSite.Urls;

namespace ArchiveSite.Site.Pages;

/// <summary>
/// Everything a person's pages (their page, and "what they said") read of the build, looked up once per person: the
/// pages are <c>PeoplePages</c>' models of this value alone, so a read cannot be added to them without being added
/// here. Equal as a record, as <see cref="CallPageReads"/> is: lists item by item, rows and the chrome as
/// <see cref="PageContext"/> keeps them from build to build, so the same reads make the same pages (<see cref="PageMemo"/>).
/// </summary>
/// <param name="Path">Their page's site path (it depends on everyone's names: two people may want one slug).</param>
/// <param name="Row">Their row of the people index: the counts, computed once for both.</param>
/// <param name="Appearances">Every role they had in every call, oldest first, as the archive indexes them.</param>
/// <param name="Calls">The row of each appearance's call, in the order of <see cref="Appearances"/>.</param>
/// <param name="Presented">For each appearance as a presenter of an agenda item, the item's place on its call's page; else null.</param>
/// <param name="Said">What the minutes quote them saying, newest first, with the row of its call.</param>
/// <param name="Actions">The action items they were named in, open ones first.</param>
/// <param name="Authored">What they opened that the calls discussed (refs.json's authors), most discussed first.</param>
/// <param name="Streak">Their longest run of calls of one series in a row, when longer than one call.</param>
internal sealed record PersonPageReads(
    SiteChrome Chrome,
    SiteAddress Address,
    Link Self,
    string Path,
    string SaidPath,
    string? GitHub,
    string? GitHubUrl,
    EquatableList<string> Aliases,
    PersonRow Row,
    EquatableList<Appearance> Appearances,
    EquatableList<CallRow> Calls,
    EquatableList<string?> Presented,
    EquatableList<(string Text, CallRow Call)> Said,
    EquatableList<ActionRow> Actions,
    EquatableList<ReferenceSummary> Authored,
    PersonPageReads.Run? Streak)
{
    /// <summary>A run of calls in a row: how many, the series' name, and the date of its last call.</summary>
    public sealed record Run(int Calls, string Series, string LastDate);

    public string Name => Self.Text;

    /// <summary>What the whole build tells every person's pages, found in one pass each rather than once per person.</summary>
    public sealed class Shared
    {
        private readonly PageContext _context;
        private readonly ILookup<string, Reference> _authored;
        private readonly ILookup<string, (Meeting Meeting, string Text)> _said;
        private readonly ILookup<string, (Meeting Meeting, ActionItem Action)> _assigned;
        private readonly Task<Dictionary<string, Streaks.Run>> _streaks;

        public Shared(PageContext context)
        {
            var archive = context.Archive;
            _context = context;
            _authored = archive.References.Where(r => r.Facts?.Author is not null)
                .ToLookup(r => r.Facts!.Author!.ToLowerInvariant(), StringComparer.Ordinal);
            // Newest first, in one pass.
            _said = archive.Meetings.Reverse().SelectMany(m => m.Statements.Select(s => (s.Person, Meeting: m, s.Text)))
                .ToLookup(s => s.Person, s => (s.Meeting, s.Text), StringComparer.Ordinal);
            _assigned = archive.Meetings.Reverse().SelectMany(m => m.Actions.SelectMany(a => a.Owners.Select(o => (Owner: o, Meeting: m, Action: a))))
                .ToLookup(a => a.Owner, a => (a.Meeting, a.Action), StringComparer.Ordinal);
            // Only the reads need them, on the render threads: found beside the laying out of the site's pages.
            _streaks = Task.Run(() => Streaks.Longest(archive));
        }

        /// <summary>How many lines the minutes quote them saying: it lays out their pages before any is modelled.</summary>
        public int SaidCount(string key) => _said[key].Count();

        public PersonPageReads Of(PersonRow row)
        {
            var context = _context;
            var person = context.Archive.PeopleByKey[row.Key];
            var appearances = context.Archive.AppearancesByPerson[person.Key];
            return new PersonPageReads(
                context.Chrome,
                context.Address,
                context.PersonLink(person.Key),
                context.Paths.Person(person.Key),
                context.Paths.PersonSaid(person.Key),
                person.GitHub,
                person.GitHubUrl,
                new(person.Aliases),
                row,
                new(appearances),
                new(appearances.Select(a => context.Call(a.MeetingId)).ToList()),
                new(appearances.Select(a => a.Role == PersonRole.Presenter && a.AgendaItem is not null
                    ? context.AgendaItem(a.MeetingId, a.AgendaItem) ?? context.Call(a.MeetingId).Href : null).ToList()),
                new(_said[person.Key].Select(s => (s.Text, context.Call(s.Meeting.Id))).ToList()),
                new(_assigned[person.Key].Select(a => MinutesPages.Row(context, a.Meeting, a.Action)).OrderBy(a => a.Done).ToList()),
                new(person.GitHub is null ? [] : _authored[person.Key].OrderByDescending(r => r.Calls).ThenByDescending(r => r.Mentions[^1].Date)
                    .Select(r => ReferencePages.Summary(context, r, fullName: true)).ToList()),
                _streaks.GetAwaiter().GetResult().GetValueOrDefault(person.Key) is { Calls: > 1 } run
                    ? new Run(run.Calls, context.SeriesLink(run.Series).Text, context.Call(run.LastCall).DateText) : null);
        }
    }
}
