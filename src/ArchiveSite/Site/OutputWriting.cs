using ArchiveSite.Caching;
using ArchiveSite.Output;
using ArchiveSite.Site.Outputs;
using ArchiveSite.Urls;

namespace ArchiveSite.Site;

/// <summary>
/// The outputs stage of a build: every file of every <see cref="OutputKind"/> written beside the pages (while
/// they render), or kept from the last build when what it is made from is unchanged.
/// </summary>
internal static class OutputWriting
{
    /// <summary>A file written beside the pages: its fingerprint (empty: always written), and the last build's entry when its file was kept.</summary>
    public sealed record ExtraFile(string Path, byte[] Fingerprint, SiteManifest.Page? Kept = null);

    // The outputs need only the archive and the page list: written beside the pages (one thread of the pool, then
    // the files in parallel) rather than after them, while the render threads do the rest. A file whose inputs are
    // what the last build made it from is kept like a page.
    /// <param name="kept">What this process's last build of the folder made (<see cref="PageMemo"/>); null for none.</param>
    /// <param name="memo">This build's view of it: the fingerprint of a file made from a value equal to the last build's is taken, not made.</param>
    public static List<ExtraFile> Write(IReadOnlyList<OutputKind> kinds, PageContext context, List<RenderJob> jobs, PageWriter pages, SiteManifest? lastBuild,
        PageMemo? kept, PageMemo.Build? memo)
    {
        var pagePaths = jobs.Select(j => j.Path).Where(p => p != SitePaths.NotFound).Order(StringComparer.Ordinal).ToList();
        var build = new OutputBuild(context, pagePaths, kept);
        var outputs = kinds.SelectMany(kind => kind.Files(build)).ToList();
        var paths = jobs.Select(j => j.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var output in outputs)
            if (!paths.Add(output.Path)) throw new InvalidOperationException($"two files of the site share the path {output.Path}");
        var written = new ExtraFile[outputs.Count];
        pages.CreateFoldersFor(outputs.Select(o => SitePaths.FileFor(o.Path)));
        Parallel.For(0, outputs.Count, i =>
        {
            var output = outputs[i];
            var file = SitePaths.FileFor(output.Path);
            var inputs = lastBuild is null ? null : Fingerprint(output, memo);
            if (inputs is not null && lastBuild!.Pages.TryGetValue(output.Path, out var last) && last.Fingerprint.AsSpan().SequenceEqual(inputs)
                && pages.Reuse(file, last.Length, last.Written))
                written[i] = new ExtraFile(output.Path, inputs, last);
            else
            {
                output.Write(pages.Replace(file));
                written[i] = new ExtraFile(output.Path, inputs ?? []);
            }
        });
        return [.. written];
    }

    /// <summary>The file's fingerprint (null: written every build), taken from the memo when its value is the last build's.</summary>
    private static byte[]? Fingerprint(OutputFile output, PageMemo.Build? memo)
    {
        if (output.Fingerprint is null) return null;
        if (memo is null || output.Value is null) return output.Fingerprint();
        var reads = new PageReads(output.Path, output.Value);
        if (memo.Fingerprint(output.Path, reads) is { } known) return known;
        var made = output.Fingerprint();
        memo.Keep(output.Path, reads, made);
        return made;
    }
}
