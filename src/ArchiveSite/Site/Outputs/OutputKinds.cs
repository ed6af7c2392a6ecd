using ArchiveSite.Export;
using ArchiveSite.Output;
using ArchiveSite.Site.Pages;
using ArchiveSite.Urls;

namespace ArchiveSite.Site.Outputs;

/// <summary>What an output is made from: the archive with its links, and the site paths of every page.</summary>
/// <param name="Kept">What this process's last build of the same folder made, when it builds again (<c>serve</c>); else null.</param>
public sealed record OutputBuild(PageContext Context, IReadOnlyList<string> PagePaths, PageMemo? Kept = null)
{
    /// <summary>Each call's feed entry, made once for the site's feed and every feed that follows a person, PR or series.</summary>
    public FeedEntries FeedEntries { get; } = new(Context.Archive, Context.Address, meeting => CallPages.Summary(meeting, Context.Archive.Topics(meeting)), Kept?.FeedEntries);
}

/// <summary>
/// A kind of file written beside the pages: its name (the build's report says what it wrote) and its files. A new
/// output is a writer in Output/ (or Export/) and one line in <see cref="OutputKinds.All"/>: the build writes each
/// file, keeps one whose fingerprint is unchanged, and tells the link check it exists.
/// </summary>
public sealed record OutputKind(string Name, Func<OutputBuild, IEnumerable<OutputFile>> Files);

/// <summary>Every output the site has besides its pages.</summary>
public static class OutputKinds
{
    public static readonly IReadOnlyList<OutputKind> All =
    [
        new("feed", b => [AtomFeed.Site(b.FeedEntries)]),
        // One feed per person, PR or issue, and series, in the folder of its page: thousands at scale, most
        // unchanged by an edit, so each is fingerprinted and kept like a page.
        new("follow feeds", b => FollowFeeds.All(b.Context).Select(feed => AtomFeed.Following(feed, b.FeedEntries))),
        new("calendars", b => FollowFeeds.SeriesWithCalls(b.Context.Archive).Select(x => SeriesCalendar.File(x.Series, x.Calls, b.Context.Address, b.Context.Archive.Settings.Title))),
        new("sitemap and robots.txt", b => Sitemap.Files(b.PagePaths, b.Context.Address)),
        new("meetings.json", b => [new OutputFile(SitePaths.Export, null, file =>
        {
            using var export = File.Create(file);
            ArchiveJson.Write(b.Context.Archive, export, b.Kept?.Export, b.Kept?.ExportReferences);
        })]),
    ];
}
