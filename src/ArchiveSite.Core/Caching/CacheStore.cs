using System.Text;
using ArchiveSite.Files;

namespace ArchiveSite.Caching;

/// <summary>
/// The file format every part of the build cache is kept in: a header naming what the file holds and the
/// exact build of the tool that wrote it, then entries of (key, hash, payload). A file written by another
/// build of the tool is not read at all (its answers may no longer be the ones this build would give); a
/// file that cannot be read (truncated, foreign, damaged) is ignored with a warning. Writes go to a
/// temporary file renamed over the old one, so a killed build leaves the old store or the new one.
/// </summary>
public static class CacheStore
{
    private const string Magic = "archive-site cache";
    private const int FormatVersion = 1;

    /// <summary>
    /// The build of the core (reading and parsing notes): its module's id changes whenever its code does. What
    /// the site's code makes of the model is keyed by the site's build as well (Site/PageFingerprint.ToolBuild).
    /// </summary>
    public static readonly string ToolBuild = typeof(CacheStore).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static IEnumerable<(string Key, ReadOnlyMemory<byte> Hash, ReadOnlyMemory<byte> Payload)> ReadEntries(string file, string kind, ICollection<string> warnings)
    {
        if (!File.Exists(file)) return [];
        try
        {
            // The whole file at once, and every length checked against what remains of it: a damaged length
            // (0x7fffffff) is a damaged file, never an allocation of gigabytes.
            var reader = new BoundedReader(SafeFile.ReadAllBytes(file));
            if (reader.String() != Magic || reader.Int() != FormatVersion || reader.String() != kind)
                throw new InvalidDataException("it is not an archive-site cache file of this kind");
            if (reader.String() != ToolBuild) return []; // another build of the tool: start afresh, nothing wrong
            var count = reader.Int();
            if (count < 0) throw new InvalidDataException("negative entry count");
            var entries = new List<(string, ReadOnlyMemory<byte>, ReadOnlyMemory<byte>)>(Math.Min(count, 1 << 16));
            for (var i = 0; i < count; i++) entries.Add((reader.String(), reader.Bytes(), reader.Bytes()));
            if (reader.String() != Magic) throw new InvalidDataException("it does not end where it should");
            return entries;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException or OverflowException)
        {
            warnings.Add($"ignored the build cache file {file} ({e.Message}); it is rebuilt");
            return [];
        }
    }

    public static void WriteEntries(string file, string kind, IEnumerable<(string Key, ReadOnlyMemory<byte> Hash, ReadOnlyMemory<byte> Payload)> entries, ICollection<string> warnings)
    {
        var list = entries.ToList();
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            SafeFile.Write(file, stream =>
            {
                using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(kind);
                writer.Write(ToolBuild);
                writer.Write(list.Count);
                foreach (var (key, hash, payload) in list)
                {
                    writer.Write(key);
                    writer.Write(hash.Length);
                    writer.Write(hash.Span);
                    writer.Write(payload.Length);
                    writer.Write(payload.Span);
                }
                writer.Write(Magic);
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add($"could not write the build cache file {file} ({e.Message}); the next build does the work again");
        }
    }

    /// <summary>A file name for one folder's part of the cache: the same folder, the same name.</summary>
    public static string NameFor(string folder) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(folder))))[..16];
}
