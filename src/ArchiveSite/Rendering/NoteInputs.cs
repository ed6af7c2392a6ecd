using System.Security.Cryptography;
using System.Text.Json.Serialization;
using ArchiveSite.Caching;
using ArchiveSite.Model;

namespace ArchiveSite.Rendering;

/// <summary>
/// Everything the rendering of one call's notes reads, as one value taken from the resolved model
/// (<see cref="NoteRenderer.InputsOf"/>): the renderer is given nothing else, and what stands for the notes when
/// a page is compared with the last build's is this value's hash, so no input can be read without being hashed.
/// </summary>
/// <param name="Markdown">The call's notes.</param>
/// <param name="RawHtmlTooDeep">Their raw HTML nests too deep to be sanitized: they are withheld.</param>
/// <param name="ReservedIds">Ids the page's template and agenda already take: headings get others.</param>
/// <param name="Addresses">Where each address the resolver settled leads on this site: the href, or null for words only.</param>
/// <param name="References">Each PR or issue the call names that has a page, by its key as text: the page and its count of calls.</param>
/// <param name="Completion">How a text reference's missing owner or repository is completed (the archive's defaults, hashed apart).</param>
internal sealed record NoteInputs(
    string Markdown,
    bool RawHtmlTooDeep,
    IReadOnlyList<string> ReservedIds,
    IReadOnlyDictionary<string, string?> Addresses,
    IReadOnlyDictionary<string, ReferencePage> References,
    [property: JsonIgnore] ReferenceDefaults Completion,
    string CompletionHash)
{
    /// <summary>SHA-256 of every field (the defaults by their own hash, the same for every call of a build).</summary>
    public string Fingerprint() => Convert.ToHexStringLower(ValueHash.Of(this, NoteInputsJson.Default.NoteInputs));

    /// <summary>A hash of what <see cref="ReferenceDefaults.Complete"/> reads: the owner, repository and owners by repository.</summary>
    public static string HashOf(ReferenceDefaults defaults) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            $"{defaults.Owner}/{defaults.Repository}/{string.Join(',', defaults.OwnerByRepository.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}:{p.Value}"))}")));
}

[JsonSerializable(typeof(NoteInputs))]
internal sealed partial class NoteInputsJson : JsonSerializerContext;
