using System.Globalization;
using System.Text;
using ArchiveSite.Rendering;
using ArchiveSite.Tests.Support;
using ArchiveSite.Urls;

namespace ArchiveSite.Tests.Specs;

/// <summary>
/// Notes → the HTML of their calls' sections, one numbered folder per case under <c>Golden/Notes/</c>: the
/// folder is a small content folder (notes, and archive.yml or people.yml where the case needs them) and
/// <c>expected.html</c> is the reviewed output, with the warnings the notes earn at its top. No theme is
/// compiled: this is the Markdown-to-HTML step alone, which a new note syntax changes.
/// </summary>
public sealed class GoldenNoteTests
{
    private static readonly string[] Folder = ["Golden", "Notes"];

    public static TheoryData<string> Cases => GoldenFile.Cases(Folder);

    [Theory]
    [MemberData(nameof(Cases))]
    public void NotesRenderAsReviewed(string caseName)
    {
        var content = GoldenFile.CaseFolder(caseName, Folder);
        var loaded = ArchiveLoader.Load(content);
        Assert.False(loaded.HasErrors, string.Join('\n', loaded.Diagnostics));
        var archive = loaded.Archive;
        var renderer = new NoteRenderer(archive, SiteAddress.Parse("/"), SitePaths.CallPathsByNote(archive));

        var html = new StringBuilder();
        foreach (var diagnostic in loaded.Diagnostics) html.Append(CultureInfo.InvariantCulture, $"<!-- {diagnostic} -->\n");
        foreach (var meeting in archive.Meetings.OrderBy(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal))
            html.Append(CultureInfo.InvariantCulture, $"<!-- call {meeting.Id}: {meeting.Title} -->\n").Append(NoteRenderer.Render(renderer.InputsOf(meeting, [])));
        GoldenFile.AssertMatches(Path.Combine(content, "expected.html"), html.ToString());
    }
}
