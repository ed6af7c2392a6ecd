using System.Collections.ObjectModel;
using System.Text.RegularExpressions;
using ArchiveSite.Model;
using ArchiveSite.Parsing;
using ArchiveSite.Text;

namespace ArchiveSite.Resolution;

/// <summary>
/// Settles the addresses notes write without a scheme, once for everyone: the resolver reports the ones
/// that need a word (a host without https://, a file that is no note) with the note's line, so that
/// <c>check</c>, <c>build</c> and <c>export</c> all see them, and puts every answer on the call
/// (<see cref="Meeting.Addresses"/>), which rendering applies and says nothing.
/// </summary>
/// <param name="notes">Every note file of the archive, relative to the content folder.</param>
/// <param name="sourceUrl">archive.yml's <c>source_url</c>: where files that are not notes can be read.</param>
public sealed partial class LinkTargets(IReadOnlySet<string> notes, string? sourceUrl)
{
    private LinkTarget Settle(string noteFile, string url) => Settle(noteFile, url, out _);

    /// <param name="warning">What a note's author should hear about this address, or null.</param>
    public LinkTarget Settle(string noteFile, string url, out string? warning)
    {
        warning = null;
        if (HostLike().IsMatch(url))
        {
            warning = $"link '{url}' has no scheme; it was read as https://{url} (write the full address)";
            return new LinkTarget.Web("https://" + url);
        }
        var target = ResolveRelative(noteFile, url);
        if (target is not null && notes.Contains(target)) return new LinkTarget.Note(target);
        if (target is not null && sourceUrl is not null) return new LinkTarget.Web($"{sourceUrl}/{target}");
        warning = $"link '{url}' points at no note of the archive{(target is null ? " and leaves the content folder" : "")}; it is shown as text (link a note, or set source_url in archive.yml)";
        return new LinkTarget.Nowhere();
    }

    /// <summary>
    /// Where each address of the call leads: every address without a scheme, and the addresses of notes in the
    /// source repository (the call's page instead). Other addresses are left out: they stay as written.
    /// </summary>
    public IReadOnlyDictionary<string, LinkTarget> SettleAll(ParsedMeeting call)
    {
        if (call.RelativeAddresses.Count == 0 && call.MarkdownFileLinks.Count == 0) return ReadOnlyDictionary<string, LinkTarget>.Empty;
        var settled = new Dictionary<string, LinkTarget>(StringComparer.Ordinal);
        foreach (var address in call.RelativeAddresses)
            if (!settled.ContainsKey(address.Url)) settled[address.Url] = Settle(call.File, address.Url);
        foreach (var url in call.MarkdownFileLinks)
            if (NoteInSourceRepository(url) is { } note) settled.TryAdd(url, new LinkTarget.Note(note));
        return settled;
    }

    /// <summary><c>{source_url}/2020-05-06.md</c>: the note as the repository shows it, or null for any other address.</summary>
    private string? NoteInSourceRepository(string url)
    {
        if (sourceUrl is null || !url.StartsWith(sourceUrl + "/", StringComparison.OrdinalIgnoreCase)) return null;
        var file = UrlText.WithoutQueryAndFragment(url[(sourceUrl.Length + 1)..]);
        return notes.Contains(file) ? file : null;
    }

    /// <summary>The path relative to the content folder a relative link names, or null when it leaves the folder.</summary>
    private static string? ResolveRelative(string noteFile, string url)
    {
        var path = Uri.UnescapeDataString(UrlText.WithoutQueryAndFragment(url));
        var parts = new List<string>();
        if (!path.StartsWith('/'))
            parts.AddRange((Path.GetDirectoryName(noteFile) ?? "").Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(segment);
        }
        return parts.Count == 0 ? null : string.Join('/', parts);
    }

    // www.example.org/..., github.com/x: a host name with a dot and a known-looking top-level domain.
    [GeneratedRegex(@"^(?:www\.)?[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*\.(?:com|org|net|io|dev|sh|co|us|edu|gov|info|me|app|cloud)(?:[/:?#]|$)")]
    private static partial Regex HostLike();
}
