using System.Collections.Concurrent;
using ArchiveSite.Caching;
using ArchiveSite.Output;
using ArchiveSite.PostProcessing;
using ArchiveSite.Rendering;
using ArchiveSite.Rendering.Views;
using ArchiveSite.Urls;

namespace ArchiveSite.Site;

/// <summary>
/// The pages stage of a build: every page planned (its folder made, its path told to the link check) and
/// rendered in parallel, or kept from the last build when what it is made from is unchanged.
/// </summary>
internal static class PageRendering
{
    /// <summary>Every folder the pages need, made once up front rather than checked on every write; every path told to the link check.</summary>
    public static PageWriter Plan(List<RenderJob> jobs, PageWriter pages, LinkChecker links)
    {
        pages.CreateFoldersFor(jobs.Select(j => SitePaths.FileFor(j.Path)));
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var job in jobs)
        {
            if (!paths.Add(job.Path)) throw new InvalidOperationException($"two pages share the path {job.Path}");
            links.Wrote(job.Path);
        }
        return pages;
    }

    /// <summary>Every page's fingerprint and length (for the next build), and the pages kept from the last build unrendered.</summary>
    public sealed record MadePages(ConcurrentDictionary<string, SiteManifest.Page> Pages, ConcurrentBag<string> Kept);

    /// <param name="lastBuild">What the pages in the previous site were made from (empty for none); null when no manifest is kept, and no page fingerprinted.</param>
    /// <param name="memo">What this process's last build made its pages from (<see cref="PageMemo"/>); null for none.</param>
    public static MadePages Render(List<RenderJob> jobs, TemplateRenderer templates, LinkChecker links, PageWriter pages, Task extras,
        Action<int, int>? pagesWritten, SiteManifest? lastBuild, PageMemo.Build? memo)
    {
        var made = new MadePages(new(StringComparer.Ordinal), []);
        var pagesDone = 0;
        // With a memo, the pages it cannot take (no reads to compare: the home and activity pages) are made whatever
        // changed, and the slowest of them read every call: first, rather than leave one core working alone at the end.
        var order = memo is null ? null : Enumerable.Range(0, jobs.Count).OrderBy(i => jobs[i].Reads is null ? 0 : 1).ToArray();
        try
        {
            Workers.For(jobs.Count, n =>
            {
                var job = jobs[order?[n] ?? n];
                var file = SitePaths.FileFor(job.Path);
                var (model, fingerprint) = Fingerprinted(job, lastBuild is not null, memo);
                if (fingerprint is not null && lastBuild!.Pages.TryGetValue(job.Path, out var last)
                    && last.Fingerprint.AsSpan().SequenceEqual(fingerprint) && pages.Reuse(file, last.Length, last.Written))
                {
                    made.Kept.Add(job.Path);
                    made.Pages[job.Path] = last;
                }
                else
                {
                    var length = templates.Render(job.Template, model ?? job.Model(), html =>
                    {
                        links.Scan(job.Path, html);
                        return pages.Write(file, html);
                    });
                    if (fingerprint is not null) made.Pages[job.Path] = new SiteManifest.Page(fingerprint, length);
                }
                var done = Interlocked.Increment(ref pagesDone);
                if (done % 200 == 0) pagesWritten?.Invoke(done, jobs.Count);
            });
        }
        catch
        {
            // Let the writer of the feed and sitemap finish before the staging folder is removed.
            try { extras.Wait(); } catch (AggregateException) { }
            throw;
        }
        return made;
    }

    /// <summary>
    /// The page's model and fingerprint (none without a manifest); or, when the memo has the page as it is, only its
    /// fingerprint: the model is then made only should the page have to be rendered after all.
    /// </summary>
    private static (PageModel? Model, byte[]? Fingerprint) Fingerprinted(RenderJob job, bool fingerprinted, PageMemo.Build? memo)
    {
        if (!fingerprinted) return (job.Model(), null);
        if (memo is null || job.Reads is not { } reads)
        {
            var model = job.Model();
            return (model, PageFingerprint.Of(job.Template, model));
        }
        if (memo.Fingerprint(job.Path, reads) is { } known) return (null, known);
        var made = job.Model();
        var fingerprint = PageFingerprint.Of(job.Template, made);
        memo.Keep(job.Path, reads, fingerprint);
        return (made, fingerprint);
    }

}
