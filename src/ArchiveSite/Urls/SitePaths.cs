using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ArchiveSite.Model;
using ArchiveSite.Text;

namespace ArchiveSite.Urls;

/// <summary>
/// The archive's URL scheme, chosen once (see README, "URL scheme"). Every path is lowercase, ends in
/// <c>/</c> for pages, and is made only of slugs this class produces, so no note can steer a file outside
/// the output folder. Person slugs are assigned once for the whole archive, colliding names get <c>-2</c>.
/// </summary>
public sealed partial class SitePaths
{
    public const string Home = "/";
    public const string Calls = "/calls/";
    public const string SeriesIndex = "/series/";
    public const string People = "/people/";
    public const string References = "/refs/";
    public const string Decisions = "/decisions/";
    public const string Actions = "/actions/";
    public const string Stats = "/stats/";
    public const string Search = "/search/";
    public const string Feed = "/feed.xml";
    public const string Export = "/meetings.json";
    public const string NotFound = "/404.html";
    public const string SearchBundle = "/pagefind/";

    private readonly Dictionary<string, string> _personSlugs;

    public SitePaths(IEnumerable<Person> people)
    {
        _personSlugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        // People come sorted by key, so the same archive always gives the same slugs.
        foreach (var person in people)
        {
            var baseSlug = Slug.From(person.GitHub ?? person.Key);
            var slug = baseSlug;
            for (var n = 2; !taken.Add(slug); n++) slug = $"{baseSlug}-{n}";
            _personSlugs[person.Key] = slug;
        }
    }

    public static string Year(int year) => $"/calls/{year:D4}/";

    /// <summary><c>/calls/2020/05/13/community-call/</c>; a second call that day keeps its id suffix (<c>community-call-2</c>).</summary>
    public static string Call(Meeting meeting)
    {
        var prefix = meeting.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var rest = meeting.Id.StartsWith(prefix + "-", StringComparison.Ordinal) ? meeting.Id[(prefix.Length + 1)..] : meeting.Id;
        return $"/calls/{meeting.Date.Year:D4}/{meeting.Date.Month:D2}/{meeting.Date.Day:D2}/{Segment(rest)}/";
    }

    public static string Series(string slug) => $"/series/{Segment(slug)}/";

    /// <summary>The Atom feed that follows a page's subject (a person, a PR, a series): beside the page.</summary>
    public static string FeedOf(string pagePath) => pagePath + "feed.xml";

    public string Person(string key) => $"/people/{_personSlugs[key]}/";

    /// <summary>Everything the minutes quote a person saying, when it is more than their page shows.</summary>
    public string PersonSaid(string key) => Person(key) + "said/";

    public static string Repository(string owner, string repo) =>
        RepositoryPaths.GetOrAdd((owner, repo), static r => $"/refs/{Segment(r.Owner)}/{Segment(r.Repo)}/");

    // Every link to a PR or issue on every page asks for its repository's path: worked out once per repository
    // (a few dozen in an archive, so the table stays small however many builds a `serve` process runs).
    private static readonly ConcurrentDictionary<(string Owner, string Repo), string> RepositoryPaths = new();

    public static string Reference(ReferenceKey key) =>
        string.Concat(Repository(key.Owner, key.Repo), key.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), "/");

    /// <summary>Page <paramref name="page"/> of a paginated list whose first page is <paramref name="first"/>.</summary>
    public static string Page(string first, int page) => page <= 1 ? first : $"{first}page/{page}/";

    /// <summary>The file a path is written to: pages become <c>index.html</c> in their folder.</summary>
    public static string FileFor(string path) =>
        path.EndsWith('/') ? path.TrimStart('/') + "index.html" : path.TrimStart('/');

    /// <summary>Each note file's first call (in date order), for links between notes.</summary>
    public static Dictionary<string, string> CallPathsByNote(Archive archive)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var meeting in archive.Meetings)
            foreach (var source in meeting.Sources)
                map.TryAdd(source.File, Call(meeting));
        return map;
    }

    /// <summary>GitHub owner and repository names are already safe segments; anything else is slugged.</summary>
    private static string Segment(string text) => SafeSegment().IsMatch(text) ? text : Slug.From(text);

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*(\\.[a-z0-9_-]+)*$")]
    private static partial Regex SafeSegment();
}
