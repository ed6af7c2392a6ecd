using System.Globalization;
using ArchiveSite.Caching;
using ArchiveSite.Model;
using ArchiveSite.Rendering.Views;
using ArchiveSite.Urls;

namespace ArchiveSite.Site.Pages;

/// <summary>
/// <c>/decisions/</c> and <c>/actions/</c>: what every call decided and what someone said they would do, across
/// the years, with filters by series, year and person kept in the page's address (site.js).
/// </summary>
public static class MinutesPages
{
    public static IEnumerable<RenderJob> All(PageContext context)
    {
        var archive = context.Archive;
        var decisions = archive.Meetings.Reverse()
            .SelectMany(m => m.Decisions.Select(d => new DecisionRow(d.Text, context.Call(m.Id), m.Series))).ToList();
        var decisionFilters = Filters(context, decisions.Select(d => (d.SeriesSlug, d.Call.Date.Year, (IEnumerable<string>)[])));
        foreach (var slice in Pagination.Paginate(decisions, SitePaths.Decisions, context.Address))
            yield return new RenderJob(slice.Path, "Decisions", () => new DecisionsPage
            {
                Site = context.Chrome,
                Title = Paged("Decisions", slice.Pager),
                Description = $"{PageContext.Count(decisions.Count, "decision", "decisions")} the calls recorded, newest first.",
                CanonicalUrl = context.Canonical(slice.Path),
                Section = "Decisions",
                Pager = slice.Pager,
                Total = decisions.Count,
                Decisions = slice.Items,
                Filters = decisionFilters,
            });

        // Open first; within each, newest first.
        var actions = archive.Meetings.Reverse().SelectMany(m => m.Actions.Select(a => Row(context, m, a)))
            .OrderBy(a => a.Done).ToList();
        var open = actions.Count(a => !a.Done);
        var actionFilters = Filters(context, actions.Select(a => (a.SeriesSlug, a.Call.Date.Year, (IEnumerable<string>)a.OwnerKeys))) with { ByState = true };
        foreach (var slice in Pagination.Paginate(actions, SitePaths.Actions, context.Address))
            yield return new RenderJob(slice.Path, "Actions", () => new ActionsPage
            {
                Site = context.Chrome,
                Title = Paged("Action items", slice.Pager),
                Description = $"{PageContext.Count(actions.Count, "action item", "action items")} from the calls, {open.ToString(CultureInfo.InvariantCulture)} open; open ones first.",
                CanonicalUrl = context.Canonical(slice.Path),
                Section = "Actions",
                Pager = slice.Pager,
                Total = actions.Count,
                Open = open,
                Actions = slice.Items,
                Filters = actionFilters,
            });
    }

    /// <summary>An action item as every list shows it: owners linked, and how it is known done.</summary>
    public static ActionRow Row(PageContext context, Meeting meeting, ActionItem action) => new(
        action.Text, new EquatableList<Link>(action.Owners.Select(context.PersonLink).ToList()), new EquatableList<string>(action.Owners), action.Done, DoneText(context, action), context.Call(meeting.Id), meeting.Series);

    private static string? DoneText(PageContext context, ActionItem action) => action.DoneBy switch
    {
        null => null,
        "ticked" => "ticked in the notes",
        var id when context.Archive.MeetingsById.ContainsKey(id) => $"done by {context.Call(id).DateText}",
        var reference => $"{reference} closed on GitHub",
    };

    private static ListFilters Filters(PageContext context, IEnumerable<(string Series, int Year, IEnumerable<string> People)> rows)
    {
        var list = rows.ToList();
        return new ListFilters(
            list.Select(r => r.Series).Distinct(StringComparer.Ordinal).Select(s => new FilterOption(s, context.SeriesLink(s).Text))
                .OrderBy(o => o.Text, StringComparer.OrdinalIgnoreCase).ToList(),
            list.Select(r => r.Year).Distinct().OrderDescending().Select(y => y.ToString(CultureInfo.InvariantCulture)).Select(y => new FilterOption(y, y)).ToList(),
            list.SelectMany(r => r.People).Distinct(StringComparer.Ordinal).Select(k => new FilterOption(k, context.PersonLink(k).Text))
                .OrderBy(o => o.Text, StringComparer.OrdinalIgnoreCase).ToList());
    }

    private static string Paged(string title, Pager pager) => pager.IsPaged ? $"{title} (page {pager.Page} of {pager.PageCount})" : title;
}
