using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using ArchiveSite.Diagnostics;
using ArchiveSite.Files;

namespace ArchiveSite.Loading;

/// <summary>
/// The files of a content folder, read as data and nothing else: only regular files inside the folder,
/// never through a symbolic link (unless <see cref="LinkPolicy.Inside"/> allows links that stay inside),
/// never a FIFO or device, and never more than a size limit. Every refusal is a diagnostic naming the
/// path and what to do, so <c>check</c> and <c>build</c> report it alike.
/// <para>
/// The notes are every <c>*.md</c> below the folder in ordinal order of their relative paths, except
/// anything starting with '_' or '.', and the <c>templates/</c> folder (templates for <c>new</c>). Which of them are
/// minutes is archive.yml's include:/exclude: (Configuration/NoteSelection), applied by the loader.
/// </para>
/// </summary>
public sealed class ContentFolder
{
    public const string TemplatesFolder = "templates";

    /// <summary>archive.yml and people.yml: far larger than any real one, small enough to read at once.</summary>
    public const long SettingsFileLimit = 4 << 20;

    /// <summary>The file every site archive-site builds holds (Output.OutputGuard's marker).</summary>
    private const string BuiltSiteMarker = ".archive-site";

    private readonly string _realRoot;

    public ContentFolder(string root, LinkPolicy links = LinkPolicy.Refuse)
    {
        Root = Path.GetFullPath(root);
        _realRoot = RealPaths.RealPath(Root);
        Links = links;
    }

    /// <summary>The folder as given (its own path may be a link: that is the operator's choice, not a note's).</summary>
    public string Root { get; }

    public LinkPolicy Links { get; }

    /// <summary>Whether anything (file, folder or link) is at the relative path.</summary>
    public bool Has(string relative)
    {
        var has = PathStatus.Of(Full(relative)).Kind != PathKind.Missing;
        if (!has) _observed[relative] = Absent;
        return has;
    }

    /// <summary>
    /// What the last look at a file of the folder found: the SHA-256 (hex) of the bytes <see cref="Read"/> returned,
    /// <c>absent</c> when <see cref="Has"/> found nothing there, <c>unread</c> when a read was refused, null when the
    /// file was never looked at. What an archive was read from, byte for byte (the root's <c>ArchiveInputs</c>).
    /// </summary>
    public string? Observed(string relative) => _observed.GetValueOrDefault(relative);

    /// <summary>The SHA-256 of the bytes the last <see cref="Read"/> of the file returned; null when it returned none.</summary>
    public byte[]? DigestOf(string relative) =>
        _observed.GetValueOrDefault(relative) is { Length: 2 * SHA256.HashSizeInBytes } hex ? Convert.FromHexString(hex) : null;

    private readonly ConcurrentDictionary<string, string> _observed = new(StringComparer.Ordinal);
    private const string Absent = "absent";
    private const string Unread = "unread";

    /// <summary>
    /// The notes, with every link, special file or unreadable folder among them reported. A link of any name is
    /// reported, in hidden and '_' folders too (all but .git): the tool writes files in this folder (refs.json
    /// and its temporary), and a link named like one of them is how a pull request would aim those writes
    /// elsewhere; the writes never follow it, and <c>check</c> makes the reviewer see it.
    /// </summary>
    public IReadOnlyList<string> Notes(DiagnosticBag diagnostics)
    {
        var notes = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { _realRoot };
        var pending = new Stack<(string Folder, bool HoldsNotes)>();
        pending.Push(("", true));
        while (pending.Count > 0)
        {
            var (folder, holdsNotes) = pending.Pop();
            List<(FileSystemInfo Entry, PathKind Kind)> entries;
            try
            {
                // One lstat per entry. Real folders before links, in name order: a folder reached both ways is
                // read under its own name.
                entries = new DirectoryInfo(Full(folder)).EnumerateFileSystemInfos()
                    .Select(e => (e, PathStatus.Of(e.FullName).Kind))
                    .OrderBy(e => e.Item2 == PathKind.Link ? 1 : 0).ThenBy(e => e.e.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (holdsNotes) diagnostics.Add(Diagnostic.Error(folder.Length == 0 ? "." : folder, 0, 0, $"cannot read this folder: {e.Message}"));
                continue;
            }
            foreach (var (entry, kind) in entries)
            {
                var name = entry.Name;
                var relative = folder.Length == 0 ? name : $"{folder}/{name}";
                var hidden = !holdsNotes || name.StartsWith('.') || name.StartsWith('_');
                if (kind == PathKind.Link)
                {
                    var isFolder = Directory.Exists(entry.FullName);
                    if (hidden || (!isFolder && !IsNoteName(relative)))
                    {
                        ReportStrayLink(relative, diagnostics);
                        continue;
                    }
                    var real = Refused(relative, diagnostics);
                    if (real is null) continue;
                    // A folder reached twice (two links to it, or a link to its own parent) is read once.
                    if (isFolder)
                    {
                        if (visited.Add(real)) pending.Push((relative, true));
                    }
                    else AddNote(relative, real);
                    continue;
                }
                if (kind == PathKind.Folder)
                {
                    if (folder.Length == 0 && name == ".git") continue;
                    // A site archive-site built (an --out inside the folder) holds its own pages, no notes and no links.
                    if (hidden && File.Exists(Path.Combine(entry.FullName, BuiltSiteMarker))) continue;
                    var notesFolder = !hidden && !(folder.Length == 0 && name.Equals(TemplatesFolder, StringComparison.OrdinalIgnoreCase));
                    if (visited.Add(RealPaths.RealPath(entry.FullName))) pending.Push((relative, notesFolder));
                    continue;
                }
                if (hidden || !IsNoteName(relative)) continue;
                if (kind == PathKind.Special)
                    diagnostics.Add(Diagnostic.Error(relative, 0, 0, "is not a regular file (a pipe, socket or device); a note must be a plain text file"));
                else if (kind == PathKind.File)
                    notes.Add(relative);
            }
        }
        notes.Sort(StringComparer.Ordinal);
        return notes;

        void AddNote(string relative, string real)
        {
            if (PathStatus.Of(real).Kind == PathKind.File) notes.Add(relative);
            else diagnostics.Add(Diagnostic.Error(relative, 0, 0, "links to something that is not a regular file; a note must be a plain text file"));
        }
    }

    /// <summary>A link that is not a note or a notes folder: nothing reads it, but nothing should be there either.</summary>
    private static void ReportStrayLink(string relative, DiagnosticBag diagnostics) =>
        diagnostics.Add(Diagnostic.Error(relative, 0, 0,
            "is a symbolic link; the notes folder holds none, whatever their name (archive-site never reads or writes through one, " +
            "and a link named like a file the build writes is how a pull request would aim those writes elsewhere). Remove the link, " +
            "or put the file itself here"));

    /// <summary>
    /// The bytes of a file of the folder, or null with the reason reported: missing, a link not allowed, not a
    /// regular file, or larger than <paramref name="limit"/>.
    /// </summary>
    /// <param name="limitHint">How to raise the limit, for the message (e.g. "set max_note_size in archive.yml").</param>
    public byte[]? Read(string relative, long limit, DiagnosticBag diagnostics, string? limitHint = null)
    {
        var bytes = ReadBytes(relative, limit, diagnostics, limitHint);
        _observed[relative] = bytes is null ? Unread : Convert.ToHexStringLower(SHA256.HashData(bytes));
        return bytes;
    }

    private byte[]? ReadBytes(string relative, long limit, DiagnosticBag diagnostics, string? limitHint)
    {
        var path = Full(relative);
        var kind = PathStatus.Of(path).Kind;
        if (kind == PathKind.Missing)
        {
            diagnostics.Add(Diagnostic.Error(relative, 0, 0, "the file does not exist"));
            return null;
        }
        var real = path;
        if (kind == PathKind.Link || HasLinkedFolder(relative))
        {
            if (Refused(relative, diagnostics) is not { } target) return null;
            (real, kind) = (target, PathStatus.Of(target).Kind);
        }
        if (kind != PathKind.File)
        {
            diagnostics.Add(Diagnostic.Error(relative, 0, 0, "is not a regular file (a folder, pipe, socket or device); it must be a plain text file"));
            return null;
        }
        try
        {
            // Opened without following a link, whatever the lstat above said: nothing can swap the file in between.
            using var stream = SafeFile.OpenRead(real);
            if (stream.Length > limit)
            {
                diagnostics.Add(Diagnostic.Error(relative, 0, 0,
                    $"is {Size(stream.Length)}, over the limit of {Size(limit)}{(limitHint is null ? "" : $"; {limitHint}")}"));
                return null;
            }
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(relative, 0, 0, $"cannot read the file: {e.Message}"));
            return null;
        }
    }

    /// <summary>"1.5 MB", "900 KB", "12 bytes".</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1 << 20 => (bytes / (double)(1 << 20)).ToString("0.# 'MB'", CultureInfo.InvariantCulture),
        >= 1 << 10 => (bytes / 1024.0).ToString("0.# 'KB'", CultureInfo.InvariantCulture),
        _ => $"{bytes} bytes",
    };

    private string Full(string relative) => Path.Combine(Root, relative);

    private bool HasLinkedFolder(string relative)
    {
        var parts = relative.Split('/');
        var path = Root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            path = Path.Combine(path, parts[i]);
            if (PathStatus.Of(path).Kind == PathKind.Link) return true;
        }
        return false;
    }

    /// <summary>The real path behind a link, when the policy allows it; otherwise null, with the error reported.</summary>
    private string? Refused(string relative, DiagnosticBag diagnostics)
    {
        var real = RealPaths.RealPath(Full(relative));
        if (Links == LinkPolicy.Refuse)
        {
            diagnostics.Add(Diagnostic.Error(relative, 0, 0,
                "is a symbolic link (or lies in a linked folder); notes and settings are read only from regular files inside the content folder. " +
                "Replace the link with the file itself, or set `symlinks: inside` in archive.yml to follow links that stay inside the folder"));
            return null;
        }
        if (!RealPaths.IsWithin(real, _realRoot))
        {
            diagnostics.Add(Diagnostic.Error(relative, 0, 0,
                "is a symbolic link that leads outside the content folder; only links that stay inside it are followed (`symlinks: inside`)"));
            return null;
        }
        return real;
    }

    private static bool IsNoteName(string relative) => relative.EndsWith(".md", StringComparison.Ordinal);
}
