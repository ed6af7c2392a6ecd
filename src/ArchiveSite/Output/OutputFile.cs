namespace ArchiveSite.Output;

/// <summary>
/// One file a build writes beside the pages (a feed, a calendar, the sitemap, the export).
/// </summary>
/// <param name="Path">Its site path (<c>/feed.xml</c>).</param>
/// <param name="Fingerprint">
/// What it is made from, for keeping the last build's file when that is unchanged; null when it is cheaper to
/// write than to fingerprint (written every build).
/// </param>
/// <param name="Write">Writes it to the given file.</param>
public sealed record OutputFile(string Path, Func<byte[]>? Fingerprint, Action<string> Write);
