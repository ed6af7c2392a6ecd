using ArchiveSite.Model;
using ArchiveSite.Rendering.Views;
using ArchiveSite.Urls;

namespace ArchiveSite.Site.Pages;

/// <summary>
/// The references index (by repository), one page per repository, and one page per PR or issue listing
/// every call that discussed it, oldest first, with where in the call it came up.
/// </summary>
public static class ReferencePages
{
    private const int MostDiscussedPerRepository = 10;

    public static IEnumerable<RenderJob> All(PageContext context)
    {
        var byRepository = context.Archive.References.GroupBy(r => (r.Key.Owner, r.Key.Repo))
            .Select(g => (Owner: g.Key.Owner, Repo: g.Key.Repo, Summaries: g.Select(r => Summary(context, r)).ToList()))
            .OrderByDescending(g => g.Summaries.Count).ThenBy(g => g.Owner, StringComparer.Ordinal).ThenBy(g => g.Repo, StringComparer.Ordinal)
            .ToList();

        yield return new RenderJob(SitePaths.References, "References", () => new ReferencesPage
        {
            Site = context.Chrome,
            Title = "Pull requests and issues",
            Description = $"{PageContext.Count(context.Archive.References.Count, "pull request or issue", "pull requests and issues")} discussed in the calls, by repository.",
            CanonicalUrl = context.Canonical(SitePaths.References),
            Section = "References",
            Repositories = byRepository.Select(g => new RepositoryRow(
                    new Link($"{g.Owner}/{g.Repo}", context.Href(SitePaths.Repository(g.Owner, g.Repo))),
                    $"https://github.com/{g.Owner}/{g.Repo}",
                    g.Summaries.Count,
                    g.Summaries.Sum(s => s.Calls),
                    g.Summaries.OrderByDescending(s => s.Calls).ThenByDescending(s => s.LastDate, StringComparer.Ordinal).Take(MostDiscussedPerRepository).ToList()))
                .ToList(),
        });

        foreach (var (owner, repo, summaries) in byRepository)
        {
            var name = $"{owner}/{repo}";
            var newestFirst = summaries.AsEnumerable().Reverse().ToList();
            foreach (var slice in Pagination.Paginate(newestFirst, SitePaths.Repository(owner, repo), context.Address))
                yield return new RenderJob(slice.Path, "Repository", () => new RepositoryPage
                {
                    Site = context.Chrome,
                    Title = slice.Pager.IsPaged ? $"{name} (page {slice.Pager.Page} of {slice.Pager.PageCount})" : name,
                    Description = $"{PageContext.Count(summaries.Count, "pull request or issue", "pull requests and issues")} of {name} discussed in the calls.",
                    CanonicalUrl = context.Canonical(slice.Path),
                    Section = "References",
                    Breadcrumbs = [new Link("References", context.Href(SitePaths.References))],
                    Pager = slice.Pager,
                    Repository = name,
                    GitHubHref = $"https://github.com/{name}",
                    TotalReferences = summaries.Count,
                    References = slice.Items,
                });
        }

        foreach (var reference in context.Archive.References)
        {
            var calls = reference.Mentions.GroupBy(m => m.MeetingId)
                .Select(g => new CallItem(context.Call(g.Key), null,
                    g.Select(m => new MentionPlace(m.Mention.AgendaItem, m.Mention.Snippet, context.AgendaItem(g.Key, m.Mention.AgendaItem))).Distinct().ToList()))
                .ToList();
            foreach (var slice in Pagination.Paginate(calls, SitePaths.Reference(reference.Key), context.Address))
                yield return new RenderJob(slice.Path, "Reference", () => Page(context, reference, calls, slice));
        }
    }

    private static ReferencePage Page(PageContext context, Reference reference, IReadOnlyList<CallItem> calls, Pagination.Slice<CallItem> slice)
    {
        var key = reference.Key.ToString();
        var kind = CallPages.KindText(reference.Kind);
        return new ReferencePage
        {
            Site = context.Chrome,
            Title = slice.Pager.IsPaged ? $"{key} (page {slice.Pager.Page} of {slice.Pager.PageCount})" : key,
            SearchKind = char.ToUpperInvariant(kind[0]) + kind[1..],
            Description = $"Every call that discussed {kind} {key}: {PageContext.Count(calls.Count, "call", "calls")}, from {calls[0].Call.DateText} to {calls[^1].Call.DateText}.",
            CanonicalUrl = context.Canonical(slice.Path),
            Section = "References",
            Breadcrumbs = [new Link("References", context.Href(SitePaths.References)), new Link(reference.Key.Repository, context.Href(SitePaths.Repository(reference.Key.Owner, reference.Key.Repo)))],
            Pager = slice.Pager,
            Key = key,
            WrittenTitle = reference.Title,
            Kind = kind,
            GitHubHref = reference.GitHubUrl,
            Repository = new Link(reference.Key.Repository, context.Href(SitePaths.Repository(reference.Key.Owner, reference.Key.Repo))),
            CallCount = calls.Count,
            FirstDate = calls[0].Call.DateText,
            LastDate = calls[^1].Call.DateText,
            Mentions = slice.Items,
        };
    }

    private static ReferenceSummary Summary(PageContext context, Reference reference)
    {
        return new ReferenceSummary(
            new Link($"#{reference.Key.Number}", context.Href(SitePaths.Reference(reference.Key))),
            CallPages.KindText(reference.Kind), reference.GitHubUrl, reference.Calls,
            PageContext.IsoDate(reference.Mentions[0].Date), PageContext.IsoDate(reference.Mentions[^1].Date), reference.Title);
    }
}
