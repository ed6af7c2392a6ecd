using System.Xml;
using ArchiveSite.Caching;
using ArchiveSite.Model;
using ArchiveSite.Urls;

namespace ArchiveSite.Output;

/// <summary>
/// An Atom feed of the latest calls. Dates come from the calls, never from the clock, so rebuilds are identical.
/// Atom ids must be absolute IRIs that never change: the page's address when <c>base_url</c> is absolute,
/// otherwise a name-based <c>urn:uuid:</c> made from the site's title and the page's path (the build warns
/// then, as its links cannot be followed from a feed reader either).
/// </summary>
public static class AtomFeed
{
    public const int Entries = 50;

    /// <summary>The site's feed: its latest calls.</summary>
    public static OutputFile Site(FeedEntries entries) =>
        Following(new Feed(entries.Archive.Settings.Title, SitePaths.Feed, SitePaths.Home, entries.Archive.Past.Reverse()), entries);

    /// <summary>A feed to follow one thing (a person, a PR, a series): its page, and the calls about it.</summary>
    /// <param name="Path">The feed's site path (<c>/people/leogr/feed.xml</c>).</param>
    /// <param name="Page">The page it follows, whose address identifies it.</param>
    /// <param name="NewestFirst">The calls, newest first (the first <see cref="Entries"/> are written).</param>
    public sealed record Feed(string Title, string Path, string Page, IEnumerable<Meeting> NewestFirst);

    /// <summary>Everything the feed's file says, taken from the archive once: <see cref="Write"/> reads nothing else.</summary>
    public sealed record Document(string Title, string Id, string Updated, string Self, string Alternate, IReadOnlyList<Entry> Entries);

    public sealed record Entry(string Title, string Id, string Updated, string Url, string Summary);

    /// <summary>The feed's file, made from its <see cref="Document"/> and kept when that is unchanged.</summary>
    public static OutputFile Following(Feed feed, FeedEntries entries) =>
        OutputFile.From(feed.Path, () => DocumentOf(feed, entries), OutputDocumentsJson.Default.FeedDocument, Write);

    public static Document DocumentOf(Feed feed, FeedEntries entries)
    {
        var latest = new EquatableList<Entry>(feed.NewestFirst.Take(Entries).Select(entries.Of).ToList());
        return new Document(feed.Title, entries.Id(feed.Page), latest.Count > 0 ? latest[0].Updated : FeedEntries.Timestamp(new DateOnly(2000, 1, 1)),
            entries.Address.Absolute(feed.Path), entries.Address.Absolute(feed.Page), latest);
    }

    public static void Write(string file, Document feed)
    {
        using var writer = XmlWriter.Create(file, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        const string ns = "http://www.w3.org/2005/Atom";
        writer.WriteStartElement("feed", ns);
        writer.WriteElementString("title", ns, feed.Title);
        writer.WriteElementString("id", ns, feed.Id);
        writer.WriteElementString("updated", ns, feed.Updated);
        Link(writer, ns, "self", feed.Self);
        Link(writer, ns, "alternate", feed.Alternate);
        writer.WriteStartElement("generator", ns);
        writer.WriteString("archive-site");
        writer.WriteEndElement();
        foreach (var entry in feed.Entries)
        {
            writer.WriteStartElement("entry", ns);
            writer.WriteElementString("title", ns, entry.Title);
            writer.WriteElementString("id", ns, entry.Id);
            writer.WriteElementString("updated", ns, entry.Updated);
            Link(writer, ns, "alternate", entry.Url);
            writer.WriteElementString("summary", ns, entry.Summary);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    private static void Link(XmlWriter writer, string ns, string rel, string href)
    {
        writer.WriteStartElement("link", ns);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

}
