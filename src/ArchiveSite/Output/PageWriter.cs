using System.Buffers;
using System.Text;

namespace ArchiveSite.Output;

/// <summary>
/// Writes pages into a fresh folder with as few file-system calls as a page allows. Creating files and
/// folders is a large share of a build (×30 notes: 17,000 folders and 8,600 files; each mkdir or open costs
/// ~0.2 ms of kernel time on a VM disk), so: every folder is made once, parents before children, with one
/// mkdir each (Directory.CreateDirectory probes and retries every ancestor); and a page is one open, one
/// write and one close (File.WriteAllText adds preallocation, truncation and seeks the new file has no use for).
/// </summary>
public sealed class PageWriter(string root)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Makes every folder the given files need, under <c>root</c> (which exists).</summary>
    public void CreateFoldersFor(IEnumerable<string> relativeFiles)
    {
        var made = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var file in relativeFiles)
            Make(Path.GetDirectoryName(file) ?? "", made);
    }

    private void Make(string folder, HashSet<string> made)
    {
        if (made.Contains(folder)) return;
        Make(Path.GetDirectoryName(folder) ?? "", made);
        Directory.CreateDirectory(Path.Combine(root, folder)); // the parent exists: one mkdir
        made.Add(folder);
    }

    /// <summary>Writes a new file (its folder exists) as UTF-8 without a byte-order mark.</summary>
    public void Write(string relativeFile, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8.GetBytes(text, buffer);
            using var handle = File.OpenHandle(Path.Combine(root, relativeFile), FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(handle, buffer.AsSpan(0, length), fileOffset: 0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
