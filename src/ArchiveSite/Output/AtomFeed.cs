using System.Globalization;
using System.Xml;
using ArchiveSite.Model;
using ArchiveSite.Urls;

namespace ArchiveSite.Output;

/// <summary>An Atom feed of the latest calls. Dates come from the calls, never from the clock, so rebuilds are identical.</summary>
public static class AtomFeed
{
    public const int Entries = 50;

    public static void Write(string file, Archive archive, SiteAddress address, Func<Meeting, string> summary)
    {
        using var writer = XmlWriter.Create(file, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        const string ns = "http://www.w3.org/2005/Atom";
        writer.WriteStartElement("feed", ns);
        writer.WriteElementString("title", ns, archive.Settings.Title);
        writer.WriteElementString("id", ns, address.Absolute(SitePaths.Home));
        writer.WriteElementString("updated", ns, Timestamp(archive.Meetings.Count > 0 ? archive.Meetings[^1].Date : new DateOnly(2000, 1, 1)));
        Link(writer, ns, "self", address.Absolute(SitePaths.Feed));
        Link(writer, ns, "alternate", address.Absolute(SitePaths.Home));
        writer.WriteStartElement("generator", ns);
        writer.WriteString("archive-site");
        writer.WriteEndElement();
        foreach (var meeting in archive.Meetings.Reverse().Take(Entries))
        {
            var url = address.Absolute(SitePaths.Call(meeting));
            writer.WriteStartElement("entry", ns);
            writer.WriteElementString("title", ns, $"{meeting.Title}, {meeting.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}");
            writer.WriteElementString("id", ns, url);
            writer.WriteElementString("updated", ns, Timestamp(meeting.Date));
            Link(writer, ns, "alternate", url);
            writer.WriteElementString("summary", ns, summary(meeting));
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

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
