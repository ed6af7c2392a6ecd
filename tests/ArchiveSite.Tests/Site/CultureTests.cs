using System.Globalization;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>Tests that change the process's culture: run alone, after every other test, so nothing else sees it.</summary>
[CollectionDefinition(nameof(ProcessCultureCollection), DisableParallelization = true)]
public sealed class ProcessCultureCollection;

/// <summary>
/// The same notes build the same site on any machine. The CLI runs in the invariant culture, but the library
/// must not depend on that: built in German (comma decimals, other month names) and Turkish (where "I".ToLower()
/// is "ı"), the Falco archive is byte-identical to the invariant build.
/// </summary>
[Collection(nameof(ProcessCultureCollection))]
public sealed class CultureTests
{
    [Theory]
    [Trait("Category", "Slow")] // ../shared
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void TheFalcoSiteIsByteIdenticalInAnyCulture(string culture)
    {
        using var temp = new TempFolder();
        var invariant = InCulture(CultureInfo.InvariantCulture, () => BuiltSite.Build(SharedCorpus.FalcoNotes, Path.Combine(temp.Path, "invariant")));
        var local = InCulture(new CultureInfo(culture), () => BuiltSite.Build(SharedCorpus.FalcoNotes, Path.Combine(temp.Path, culture)));

        Assert.True(invariant.Result.Succeeded && local.Result.Succeeded, invariant.Errors() + local.Errors());
        var expected = FolderSnapshot.Of(invariant.Root);
        var actual = FolderSnapshot.Of(local.Root);
        Assert.True(expected.Count > 1000);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(expected.Where(e => actual[e.Key] != e.Value).Select(e => e.Key));
    }

    private static T InCulture<T>(CultureInfo culture, Func<T> work)
    {
        var (current, ui, threads, uiThreads) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        // The build renders on threads of its own: they take the process default.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
        try
        {
            return work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
            (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (threads, uiThreads);
        }
    }
}
