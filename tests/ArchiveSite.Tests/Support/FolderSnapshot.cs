using System.Security.Cryptography;

namespace ArchiveSite.Tests.Support;

/// <summary>Every file of a folder by relative path, with a hash of its bytes: two equal snapshots are byte-identical folders.</summary>
public static class FolderSnapshot
{
    public static Dictionary<string, string> Of(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
