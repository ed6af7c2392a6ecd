using System.Collections.Concurrent;
using System.Globalization;
using ArchiveSite.Model;
using ArchiveSite.Urls;

namespace ArchiveSite.Output;

/// <summary>
/// Each call's Atom entry, made once per build and shared by every feed it is in: the site's feed and those that
/// follow its people, PRs and series (at ×30 a call is in dozens of feeds, and each entry's id is a SHA-256).
/// </summary>
public sealed class FeedEntries(Archive archive, SiteAddress address, Func<Meeting, string> summary)
{
    private readonly ConcurrentDictionary<Meeting, AtomFeed.Entry> _entries = new(ReferenceEqualityComparer.Instance);

    public Archive Archive => archive;

    public SiteAddress Address => address;

    public AtomFeed.Entry Of(Meeting meeting) => _entries.GetOrAdd(meeting, Make);

    /// <summary>
    /// An Atom id, absolute and never changing: the page's address when <c>base_url</c> is absolute, otherwise a
    /// name-based <c>urn:uuid:</c> made from the site's title and the page's path.
    /// </summary>
    public string Id(string path)
    {
        if (address.IsAbsolute) return address.Absolute(path);
        // A name-based UUID of title and path (version 8 of RFC 9562: SHA-256, cut to 128 bits): the same call keeps the same id in every build.
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"archive-site\n{archive.Settings.Title}\n{path}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    public static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private AtomFeed.Entry Make(Meeting meeting)
    {
        var path = SitePaths.Call(meeting);
        return new AtomFeed.Entry($"{meeting.Title}, {meeting.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
            Id(path), Timestamp(meeting.Date), address.Absolute(path), summary(meeting));
    }
}
