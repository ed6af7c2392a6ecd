using ArchiveSite.Configuration;

namespace ArchiveSite.Model;

/// <summary>
/// Where a reference written without its repository points. A bare <c>#12</c> goes to the default
/// repository; <c>libs#12</c> goes to the owner the notes link <c>libs</c> under, else the default owner.
/// Both defaults come from <c>archive.yml</c> when it sets them, else from the notes themselves: the
/// repository they link most, and the owner whose repositories they link most. Nothing is assumed about
/// which organisation a folder of notes belongs to.
/// </summary>
/// <param name="Owner">Owner for <c>repo#N</c> whose repository the notes never link; null when nothing says.</param>
/// <param name="Repository"><c>owner/repo</c> for bare <c>#N</c>; null when nothing says (bare numbers stay text).</param>
/// <param name="OwnerByRepository">For each repository name the notes link, the owner they link it under most.</param>
/// <param name="Links">How many links the inference counted (0 when both defaults came from archive.yml).</param>
public sealed partial record ReferenceDefaults(string? Owner, string? Repository, IReadOnlyDictionary<string, string> OwnerByRepository, int Links)
{
    /// <summary>
    /// The highest number the notes link or write out in <see cref="Repository"/> when the notes chose it (archive.yml
    /// did not): a bare <c>#N</c> past it, with nothing near it saying it is an issue, is some other number.
    /// Null when archive.yml names the repository, whose every bare number is then its.
    /// </summary>
    public int? HighestWritten { get; init; }

    public static readonly ReferenceDefaults None = new(null, null, new Dictionary<string, string>(), 0);

    /// <summary>The key of a reference as written (owner or repository may be missing); null when it cannot be placed.</summary>
    public ReferenceKey? Complete(string? owner, string? repo, int number)
    {
        if (string.IsNullOrEmpty(repo))
            return Repository?.Split('/') is [var o, var r] ? ReferenceKey.Create(o, r, number) : null;
        if (string.IsNullOrEmpty(owner)) owner = OwnerByRepository.GetValueOrDefault(repo.ToLowerInvariant()) ?? Owner;
        return owner is null ? null : ReferenceKey.Create(owner, repo, number);
    }

    /// <summary>
    /// The repository the words just before a bare <c>#N</c> name, among those the notes link: "Consensus Specs, PR #3900"
    /// is <c>consensus-specs</c>, "libs PR #12" is <c>libs</c> (one to three words, joined as GitHub joins them), and
    /// "nodejs/admin issue #398" is nodejs/admin, owner and all. Null when
    /// the words name none the notes link, or name the default repository: the default rules then apply.
    /// </summary>
    public ReferenceKey? NamedBefore(string before, int number)
    {
        if (RepositoryWords().Match(before) is not { Success: true } named) return null;
        var words = named.Groups["words"].Value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "nodejs/admin issue #398": owner and repository written out, the owner one the notes link (not "Q3/Q4 planning").
        if (named.Groups["owner"].Success)
        {
            var writtenOwner = named.Groups["owner"].Value.ToLowerInvariant();
            var knownOwner = writtenOwner == Owner?.ToLowerInvariant() || OwnerByRepository.Values.Any(o => o.Equals(writtenOwner, StringComparison.OrdinalIgnoreCase));
            return words.Length == 1 && knownOwner ? ReferenceKey.Create(writtenOwner, words[0], number) : null;
        }
        for (var take = Math.Min(3, words.Length); take >= 1; take--)
        {
            var name = string.Join('-', words[^take..]);
            if (!OwnerByRepository.TryGetValue(name, out var owner)) continue;
            // The default repository's name in prose ("the ones needed by Falco #1376") says no more than the default
            // does: the number is then weighed as any bare one is.
            return $"{owner}/{name}" == Repository ? null : ReferenceKey.Create(owner, name, number);
        }
        return null;
    }

    // Up to three words (the first may follow its owner and a slash), then at most a comma or colon and the word for what
    // the number is, right before it. The words are as few as will do, so that word is never taken for one of them
    // ("beacon-apis PR #318").
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w./-])(?:(?<owner>[A-Za-z0-9][A-Za-z0-9-]{0,38})/)?(?<words>[A-Za-z][\w.-]{0,99}(?: [A-Za-z][\w.-]{0,99}){0,2}?)\s?[,:]?\s?(?:(?:PRs?|pull requests?|issues?)\s?:?\s?)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RepositoryWords();

    /// <summary>The defaults archive.yml sets, the rest inferred from every reference whose repository the notes wrote out.</summary>
    public static ReferenceDefaults Infer(IEnumerable<ReferenceMention> mentions, SiteSettings settings)
    {
        var byRepository = new Dictionary<string, int>(StringComparer.Ordinal);
        var byOwner = new Dictionary<string, int>(StringComparer.Ordinal);
        var ownersOfName = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var links = 0;
        var highest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in mentions.Select(m => m.Key).Where(k => k.Owner.Length > 0 && k.Repo.Length > 0))
        {
            links++;
            highest[key.Repository] = Math.Max(highest.GetValueOrDefault(key.Repository), key.Number);
            Count(byRepository, key.Repository);
            Count(byOwner, key.Owner);
            if (!ownersOfName.TryGetValue(key.Repo, out var owners)) ownersOfName[key.Repo] = owners = new(StringComparer.Ordinal);
            Count(owners, key.Owner);
        }
        var repository = settings.DefaultRepository ?? Most(byRepository);
        return new ReferenceDefaults(
            settings.DefaultOwner ?? Most(byOwner),
            repository,
            ownersOfName.ToDictionary(p => p.Key, p => Most(p.Value)!, StringComparer.Ordinal),
            settings.DefaultOwner is not null && settings.DefaultRepository is not null ? 0 : links)
        {
            HighestWritten = settings.DefaultRepository is null && repository is not null ? highest.GetValueOrDefault(repository) : null,
        };
    }

    private static void Count(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    // The most frequent; ties go to the first in ordinal order, so the result does not depend on note order.
    private static string? Most(Dictionary<string, int> counts) =>
        counts.Count == 0 ? null : counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
}
