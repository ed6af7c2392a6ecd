using System.Collections.Concurrent;

namespace ArchiveSite.Site;

/// <summary>
/// The fingerprints of the pages a process's last build of an output folder made from a subject and what they read of
/// the rest (<see cref="PageReads"/>), kept in memory by a process that builds many times (<c>serve</c>, tests), with that
/// build's <see cref="PageContext"/>. A page whose subject is equal (a call: the same object, as calls are resolved
/// again only when their notes change: Resolution/ResolutionMemo; a person: their key) and whose reads are equal has
/// the same model, so its fingerprint is the one it had: the build compares that with the last site's without making
/// the model. A file written beside the pages from one value (a feed: <see cref="Output.OutputFile.Value"/>) is kept
/// the same way, its path the subject and the value its reads. What the notes' renderer reads of the build for every
/// page alike (<see cref="SiteReads"/>) is compared once: when it changes, nothing is taken.
/// </summary>
public sealed class PageMemo
{
    private volatile Known _known = new(null, null);

    /// <summary>Each call's object in <c>meetings.json</c> as the last build wrote it.</summary>
    public Export.MeetingFragments Export { get; } = new();

    /// <summary>Each PR's or issue's object in <c>meetings.json</c> as the last build wrote it.</summary>
    public Export.ReferenceFragments ExportReferences { get; } = new();

    /// <summary>Each call's entry in the feeds as the last build made it.</summary>
    public Output.KeptFeedEntries FeedEntries { get; } = new();

    /// <summary>The context of the last build, whose rows and chrome the next one's keeps as the same objects when equal.</summary>
    public PageContext? LastContext => _known.Context;

    /// <summary>
    /// What the notes' renderer reads of the build for every call alike: where each note's calls live (links to other
    /// notes) and the hash of the reference defaults (how text references are completed).
    /// </summary>
    internal sealed record SiteReads(IReadOnlyDictionary<string, string> CallPaths, string Completion)
    {
        public bool Same(SiteReads last) =>
            Completion == last.Completion
            && CallPaths.Count == last.CallPaths.Count && CallPaths.All(p => last.CallPaths.TryGetValue(p.Key, out var path) && path == p.Value);
    }

    internal sealed class Known(SiteReads? site, PageContext? context)
    {
        public SiteReads? Site => site;

        public PageContext? Context => context;

        public ConcurrentDictionary<string, (object Subject, object Reads, byte[] Fingerprint)> Pages { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Starts a build: its pages are compared with the last build's when what they all read is the same, else none is.</summary>
    internal Build Start(SiteReads site, PageContext context)
    {
        var last = _known;
        var next = new Known(site, context);
        _known = next;
        return new Build(last.Site is { } known && site.Same(known) ? last : null, next);
    }

    /// <summary>One build's view of the memo: the last build's fingerprints to take, and this build's to keep.</summary>
    internal sealed class Build
    {
        private readonly Known? _last;
        private readonly Known _next;

        internal Build(Known? last, Known next) => (_last, _next) = (last, next);

        /// <summary>The page's fingerprint when the last build made it from an equal subject and equal reads; else null.</summary>
        public byte[]? Fingerprint(string path, PageReads page)
        {
            if (_last is null || !_last.Pages.TryGetValue(path, out var known) || !known.Subject.Equals(page.Subject)
                || !known.Reads.Equals(page.Reads())) return null;
            _next.Pages[path] = known;
            return known.Fingerprint;
        }

        public void Keep(string path, PageReads page, byte[] fingerprint) => _next.Pages[path] = (page.Subject, page.Reads(), fingerprint);
    }
}
