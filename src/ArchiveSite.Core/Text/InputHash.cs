using System.Security.Cryptography;
using System.Text;

namespace ArchiveSite.Text;

/// <summary>
/// SHA-256 of a sequence of strings, each length-prefixed so that ("ab", "c") and ("a", "bc") differ: what a
/// generated file is made from, hashed, so that a build can tell a file's inputs are unchanged without making it.
/// </summary>
public sealed class InputHash : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public InputHash Add(params ReadOnlySpan<string?> values)
    {
        Span<byte> length = stackalloc byte[4];
        foreach (var value in values)
        {
            var bytes = Encoding.UTF8.GetBytes(value ?? "\0null");
            BitConverter.TryWriteBytes(length, bytes.Length);
            _hash.AppendData(length);
            _hash.AppendData(bytes);
        }
        return this;
    }

    public byte[] Hash() => _hash.GetHashAndReset();

    public void Dispose() => _hash.Dispose();
}
