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
                    g.Summaries.OrderByDescending(s => s.Calls).ThenByDescending(s => s.LastDate, StringComparer.Ordinal).Take(MostDiscussedPerRepository).ToList(),
                    g.Summaries.Any(s => s.State is not null) ? context.Href(SitePaths.Repository(g.Owner, g.Repo)) + "?state=open&months=3" : null))
                .ToList(),
        });

        foreach (var (owner, repo, summaries) in byRepository)
        {
            var name = $"{owner}/{repo}";
            // Most recently discussed first: "open PRs discussed in the last three months" are all on the first page.
            var newestFirst = summaries.OrderByDescending(s => s.LastDate, StringComparer.Ordinal).ThenByDescending(s => s.Calls).ToList();
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
            // The calls that discussed it are listed by the first of its pages to be made, on the render threads,
            // not here on the one thread that lists every page of the site.
            var calls = new Lazy<CallItem[]>(() => Calls(context, reference));
            foreach (var page in Pagination.Pages(reference.Calls, SitePaths.Reference(reference.Key), context.Address))
                yield return new RenderJob(page.Path, "Reference", () => Page(context, reference, calls.Value,
                    new Pagination.Slice<CallItem>(page.Path, page.Of(calls.Value), page.Pager)));
        }
    }

    /// <summary>Every call that discussed the reference, oldest first, with the agenda items and lines it came up in.</summary>
    private static CallItem[] Calls(PageContext context, Reference reference) =>
        reference.Mentions.GroupBy(m => m.MeetingId)
            .Select(g => new CallItem(context.Call(g.Key), null,
                g.Select(m => new MentionPlace(m.Mention.AgendaItem, m.Mention.Snippet, context.AgendaItem(g.Key, m.Mention.AgendaItem))).Distinct().ToList()))
            .ToArray();

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
            FeedHref = context.Href(SitePaths.FeedOf(SitePaths.Reference(reference.Key))),
            FeedTitle = $"Calls that discuss {key}",
            ReferenceTitle = reference.DisplayTitle,
            TitleFromNotes = reference.Facts?.Title is null && reference.Title is not null,
            WrittenTitle = reference.Facts?.Title is { } github && reference.Title is { } written && !string.Equals(github, written, StringComparison.OrdinalIgnoreCase) ? written : null,
            State = ReferenceStates.Of(reference),
            StateFacet = ReferenceStates.Facet(reference),
            Author = reference.Facts?.Author is { } author ? AuthorLink(context, author, reference.GitHubUrl) : null,
            Labels = reference.Facts?.Labels ?? [],
            Milestone = reference.Facts?.Milestone,
            MovedTo = MovedTo(reference),
            Kind = kind,
            GitHubHref = reference.GitHubUrl,
            Repository = new Link(reference.Key.Repository, context.Href(SitePaths.Repository(reference.Key.Owner, reference.Key.Repo))),
            CallCount = calls.Count,
            FirstDate = calls[0].Call.DateText,
            LastDate = calls[^1].Call.DateText,
            Mentions = slice.Items,
        };
    }

    /// <param name="fullName">Name it owner/repo#N (lists of several repositories) rather than #N.</param>
    public static ReferenceSummary Summary(PageContext context, Reference reference, bool fullName = false)
    {
        return new ReferenceSummary(
            new Link(fullName ? reference.Key.ToString() : $"#{reference.Key.Number}", context.Href(SitePaths.Reference(reference.Key))),
            CallPages.KindText(reference.Kind), reference.GitHubUrl, reference.Calls,
            PageContext.IsoDate(reference.Mentions[0].Date), PageContext.IsoDate(reference.Mentions[^1].Date), reference.DisplayTitle,
            ReferenceStates.Of(reference));
    }

    /// <summary>The author's person page when they are in the archive, else their profile on the GitHub the reference lives on.</summary>
    private static Link AuthorLink(PageContext context, string login, string referenceUrl)
    {
        if (context.Archive.PeopleByKey.TryGetValue(login.ToLowerInvariant(), out var person) && person.GitHub is not null)
            return new Link(person.Name, context.PersonLink(person.Key).Href);
        return new Link("@" + login, $"https://{new Uri(referenceUrl).Host}/{login}");
    }

    /// <summary>owner/repo#N of where GitHub now keeps it, when that is not where the notes point.</summary>
    private static string? MovedTo(Reference reference)
    {
        if (reference.Facts?.Url is not { } url) return null;
        var parts = new Uri(url).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var now = $"{parts[0]}/{parts[1]}#{parts[3]}";
        return string.Equals(now, reference.Key.ToString(), StringComparison.OrdinalIgnoreCase) ? null : now;
    }
}
