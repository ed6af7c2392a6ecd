using System.Globalization;
using System.Runtime.CompilerServices;
using ArchiveSite.Model;
using ArchiveSite.Urls;

namespace ArchiveSite.Output;

/// <summary>
/// Each call's Atom entry, made once per build (or taken from the last, <see cref="KeptFeedEntries"/>) and shared by
/// every feed it is in: the site's feed and those that follow its people, PRs and series (at ×30 a call is in dozens
/// of feeds, and each entry's id is a SHA-256).
/// </summary>
public sealed class FeedEntries
{
    private readonly Archive _archive;
    private readonly SiteAddress _address;
    private readonly Func<Meeting, string> _summary;
    private readonly ConditionalWeakTable<Meeting, AtomFeed.Entry> _entries;
    private readonly ConditionalWeakTable<Meeting, AtomFeed.Entry>.CreateValueCallback _make;

    /// <param name="kept">This process's entries from its last builds (<c>serve</c>), taken while still good; null for none.</param>
    public FeedEntries(Archive archive, SiteAddress address, Func<Meeting, string> summary, KeptFeedEntries? kept = null)
    {
        (_archive, _address, _summary) = (archive, address, summary);
        _entries = kept?.For(archive, address) ?? new();
        _make = Make;
    }

    public Archive Archive => _archive;

    public SiteAddress Address => _address;

    public AtomFeed.Entry Of(Meeting meeting) => _entries.GetValue(meeting, _make);

    /// <summary>
    /// An Atom id, absolute and never changing: the page's address when <c>base_url</c> is absolute, otherwise a
    /// name-based <c>urn:uuid:</c> made from the site's title and the page's path.
    /// </summary>
    public string Id(string path)
    {
        if (_address.IsAbsolute) return _address.Absolute(path);
        // A name-based UUID of title and path (version 8 of RFC 9562: SHA-256, cut to 128 bits): the same call keeps the same id in every build.
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"archive-site\n{_archive.Settings.Title}\n{path}"));
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
            Id(path), Timestamp(meeting.Date), _address.Absolute(path), _summary(meeting));
    }
}

/// <summary>
/// Each call's feed entry as this process's last builds made it (<c>serve</c>), kept for the next while what an entry
/// reads besides its call is the same: the site's title and address, and which agenda items are routine (an entry's
/// summary names the call's other items). A call resolved from an unchanged note is the same object from build to
/// build, so its entry is taken as it is. Tied to the calls: a call no build holds any more takes its entry with it.
/// </summary>
public sealed class KeptFeedEntries
{
    private readonly Lock _lock = new();
    private (string Basis, ConditionalWeakTable<Meeting, AtomFeed.Entry> Entries)? _known;

    internal ConditionalWeakTable<Meeting, AtomFeed.Entry> For(Archive archive, SiteAddress address)
    {
        var basis = string.Join('\n', [archive.Settings.Title, address.Origin ?? "", address.BasePath, .. archive.RoutineAgendaItems.Order(StringComparer.Ordinal)]);
        lock (_lock)
        {
            if (_known is not { } known || known.Basis != basis) _known = (basis, new ConditionalWeakTable<Meeting, AtomFeed.Entry>());
            return _known.Value.Entries;
        }
    }
}
