using ArchiveSite.Model;

namespace ArchiveSite.Export;

/// <summary>
/// Each PR's or issue's object in <c>meetings.json</c> as the last build of this process wrote it, for a process that
/// builds many times (<c>serve</c>). A reference is made again by every build, so it is compared by what its object
/// says: its kind, the notes' title, refs.json's facts and every mention (the mentions of a call resolved from an
/// unchanged note are the same objects from build to build). At ×30 the references are 8 MB of the file, written again
/// on every rebuild before. A one-shot build keeps none.
/// </summary>
public sealed class ReferenceFragments
{
    private Dictionary<ReferenceKey, (Reference Reference, byte[] Json)> _known = [];

    /// <summary>Starts a file: what the last one wrote is read, what this one writes is kept for the next.</summary>
    internal Writing Start()
    {
        var last = _known;
        _known = new Dictionary<ReferenceKey, (Reference, byte[])>(last.Count);
        return new Writing(last, _known);
    }

    internal sealed class Writing(Dictionary<ReferenceKey, (Reference Reference, byte[] Json)> last, Dictionary<ReferenceKey, (Reference Reference, byte[] Json)> next)
    {
        /// <summary>The reference's object as the last file had it, when made from a reference that says the same; else null.</summary>
        public byte[]? Known(Reference reference) =>
            last.TryGetValue(reference.Key, out var known) && SaysTheSame(known.Reference, reference) ? known.Json : null;

        public void Keep(Reference reference, byte[] json) => next[reference.Key] = (reference, json);
    }

    /// <summary>Everything <see cref="ArchiveJson"/> writes of a reference, compared.</summary>
    internal static bool SaysTheSame(Reference a, Reference b) =>
        a.Key == b.Key && a.Kind == b.Kind && a.Title == b.Title
        && (a.Facts is null ? b.Facts is null : b.Facts is not null && a.Facts.SameFactsAs(b.Facts))
        && a.Mentions.Count == b.Mentions.Count
        && a.Mentions.Zip(b.Mentions).All(p => p.First.MeetingId == p.Second.MeetingId && p.First.Date == p.Second.Date && p.First.Mention == p.Second.Mention);
}
