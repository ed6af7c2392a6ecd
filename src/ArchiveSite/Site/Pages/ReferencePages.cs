using ArchiveSite.Caching;
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
            // What its pages read is looked up, and the calls that discussed it listed, by the first of its pages to be
            // modelled or compared, on the render threads, not here on the one thread that lists every page of the site.
            var reads = new Lazy<ReferenceReads>(() => ReferenceReads.Of(context, reference));
            var calls = new Lazy<(CallItem[] Calls, IReadOnlyList<Pagination.Page> Pages)>(() => Calls(reads.Value));
            var memo = new PageReads(reference.Key, () => reads.Value);
            foreach (var page in Pagination.Pages(reference.Calls, SitePaths.Reference(reference.Key), context.Address))
                yield return new RenderJob(page.Path, "Reference", () => Page(reads.Value, calls.Value.Calls, calls.Value.Pages[page.Pager.Page - 1]), memo);
        }
    }

    /// <summary>
    /// Everything a PR's or issue's pages read of the build: the pages are <see cref="Page"/> of this value alone, equal
    /// as a record (lists item by item, rows as <see cref="PageContext"/> keeps them), so an equal value makes the same
    /// pages (<see cref="PageMemo"/>).
    /// </summary>
    /// <param name="Calls">The row of each mention's call, in the order of <see cref="Mentions"/>.</param>
    /// <param name="AgendaHrefs">Each mention's agenda item on its call's page, or null.</param>
    private sealed record ReferenceReads(
        SiteChrome Chrome, SiteAddress Address, ReferenceKey Key, ReferenceKind Kind, string? DisplayTitle, bool TitleFromNotes,
        string? WrittenTitle, StateBadge? State, string StateFacet, Link? Author, EquatableList<string> Labels, string? Milestone,
        string? MovedTo, string GitHubHref, EquatableList<MeetingMention> Mentions, EquatableList<CallRow> Calls, EquatableList<string?> AgendaHrefs)
    {
        public static ReferenceReads Of(PageContext context, Reference reference) => new(
            context.Chrome,
            context.Address,
            reference.Key,
            reference.Kind,
            reference.DisplayTitle,
            reference.Facts?.Title is null && reference.Title is not null,
            reference.Facts?.Title is { } github && reference.Title is { } written && !string.Equals(github, written, StringComparison.OrdinalIgnoreCase) ? written : null,
            ReferenceStates.Of(reference),
            ReferenceStates.Facet(reference),
            reference.Facts?.Author is { } author ? AuthorLink(context, author, reference.GitHubUrl) : null,
            new(reference.Facts?.Labels ?? []),
            reference.Facts?.Milestone,
            ReferencePages.MovedTo(reference),
            reference.GitHubUrl,
            new(reference.Mentions),
            new(reference.Mentions.Select(m => context.Call(m.MeetingId)).ToList()),
            new(reference.Mentions.Select(m => context.AgendaItem(m.MeetingId, m.Mention.AgendaItem)).ToList()));
    }

    /// <summary>Every call that discussed the reference, oldest first, with the agenda items and lines it came up in; and how they fall into pages.</summary>
    private static (CallItem[] Calls, IReadOnlyList<Pagination.Page> Pages) Calls(ReferenceReads reads)
    {
        var calls = Enumerable.Range(0, reads.Mentions.Count).GroupBy(i => reads.Mentions[i].MeetingId)
            .Select(g => new CallItem(reads.Calls[g.First()], null,
                g.Select(i => new MentionPlace(reads.Mentions[i].Mention.AgendaItem, reads.Mentions[i].Mention.Snippet, reads.AgendaHrefs[i])).Distinct().ToList()))
            .ToArray();
        return (calls, Pagination.Pages(calls.Length, SitePaths.Reference(reads.Key), reads.Address).ToList());
    }

    /// <summary>A page of the calls that discussed a PR or issue (nothing but <paramref name="reads"/> is in reach here).</summary>
    private static ReferencePage Page(ReferenceReads reads, CallItem[] calls, Pagination.Page page)
    {
        var address = reads.Address;
        var key = reads.Key.ToString();
        var kind = CallPages.KindText(reads.Kind);
        var repository = new Link(reads.Key.Repository, address.Href(SitePaths.Repository(reads.Key.Owner, reads.Key.Repo)));
        return new ReferencePage
        {
            Site = reads.Chrome,
            Title = page.Pager.IsPaged ? $"{key} (page {page.Pager.Page} of {page.Pager.PageCount})" : key,
            SearchKind = char.ToUpperInvariant(kind[0]) + kind[1..],
            Description = $"Every call that discussed {kind} {key}: {PageContext.Count(calls.Length, "call", "calls")}, from {calls[0].Call.DateText} to {calls[^1].Call.DateText}.",
            CanonicalUrl = address.Absolute(page.Path),
            Section = "References",
            Breadcrumbs = [new Link("References", address.Href(SitePaths.References)), repository],
            Pager = page.Pager,
            Key = key,
            FeedHref = address.Href(SitePaths.FeedOf(SitePaths.Reference(reads.Key))),
            FeedTitle = $"Calls that discuss {key}",
            ReferenceTitle = reads.DisplayTitle,
            TitleFromNotes = reads.TitleFromNotes,
            WrittenTitle = reads.WrittenTitle,
            State = reads.State,
            StateFacet = reads.StateFacet,
            Author = reads.Author,
            Labels = reads.Labels,
            Milestone = reads.Milestone,
            MovedTo = reads.MovedTo,
            Kind = kind,
            GitHubHref = reads.GitHubHref,
            Repository = repository,
            CallCount = calls.Length,
            FirstDate = calls[0].Call.DateText,
            LastDate = calls[^1].Call.DateText,
            Mentions = page.Of(calls),
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
