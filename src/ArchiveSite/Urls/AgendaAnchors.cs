using System.Runtime.CompilerServices;
using ArchiveSite.Model;
using ArchiveSite.Text;

namespace ArchiveSite.Urls;

/// <summary>
/// The fragment of each agenda item on its call's page (<c>#agenda-falco-driver-loader-improvements</c>), so a
/// PR page, a person page or a search hit can point at the item itself. Made from the item's title, numbered
/// when a call repeats one, and never colliding with the page's own ids (they all start otherwise).
/// </summary>
public static class AgendaAnchors
{
    public const string Prefix = "agenda-";

    // Computed once per call: a page asks for an item's fragment once per reference it mentions.
    private static readonly ConditionalWeakTable<Meeting, Anchors> Computed = new();

    private sealed record Anchors(IReadOnlyList<string> Ids, Dictionary<string, int> FirstByTitle);

    public static IReadOnlyList<string> Of(Meeting meeting) => Computed.GetValue(meeting, Compute).Ids;

    /// <summary>The fragment of the call's first agenda item with this title, or null when it has none.</summary>
    public static string? For(Meeting meeting, string? agendaTitle)
    {
        if (agendaTitle is null) return null;
        var anchors = Computed.GetValue(meeting, Compute);
        return anchors.FirstByTitle.TryGetValue(agendaTitle, out var i) ? anchors.Ids[i] : null;
    }

    private static Anchors Compute(Meeting meeting)
    {
        var ids = new List<string>(meeting.Agenda.Count);
        var used = new HashSet<string>(StringComparer.Ordinal);
        // The next number to try for each slug: 16,000 items of one title would otherwise retry -2, -3, … each time.
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < meeting.Agenda.Count; i++)
        {
            var slug = Short(Slug.From(meeting.Agenda[i].Title));
            var id = Prefix + slug;
            if (!used.Add(id))
            {
                var n = next.GetValueOrDefault(slug, 2);
                do id = $"{Prefix}{slug}-{n++}"; while (!used.Add(id));
                next[slug] = n;
            }
            ids.Add(id);
            first.TryAdd(meeting.Agenda[i].Title, i);
        }
        return new Anchors(ids, first);
    }

    // A title that pastes a URL or runs long gives a fragment of its first words, cut between words.
    private static string Short(string slug)
    {
        const int MaxLength = 48;
        if (slug.Length <= MaxLength) return slug;
        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > 0 ? slug[..cut] : slug[..MaxLength];
    }
}
