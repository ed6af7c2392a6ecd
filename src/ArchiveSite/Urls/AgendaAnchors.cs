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

    public static IReadOnlyList<string> Of(Meeting meeting)
    {
        var ids = new List<string>(meeting.Agenda.Count);
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < meeting.Agenda.Count; i++)
        {
            var slug = Short(Slug.From(meeting.Agenda[i].Title));
            var id = Prefix + slug;
            for (var n = 2; !used.Add(id); n++) id = $"{Prefix}{slug}-{n}";
            ids.Add(id);
        }
        return ids;
    }

    // A title that pastes a URL or runs long gives a fragment of its first words, cut between words.
    private static string Short(string slug)
    {
        const int MaxLength = 48;
        if (slug.Length <= MaxLength) return slug;
        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > 0 ? slug[..cut] : slug[..MaxLength];
    }

    /// <summary>The fragment of the call's first agenda item with this title, or null when it has none.</summary>
    public static string? For(Meeting meeting, string? agendaTitle)
    {
        if (agendaTitle is null) return null;
        for (var i = 0; i < meeting.Agenda.Count; i++)
            if (meeting.Agenda[i].Title == agendaTitle) return Of(meeting)[i];
        return null;
    }
}
