using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Fuzz;

/// <summary>
/// Every input the fuzzer (tests/ArchiveSite.Fuzz) found to crash or hang a reader, kept in Crashes/ as it was
/// found or minimized, named after the target it crashed (<c>note-*</c>, <c>yaml-*</c>, <c>refs-*</c>), and replayed here.
/// </summary>
public sealed class FuzzFindingsTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "ArchiveSite.Tests", "Fuzz", "Crashes");

    public static TheoryData<string> Findings()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void ReadsOrReportsWithoutThrowing(string finding)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, finding));

        var diagnostics = finding.Split('-')[0] switch
        {
            FuzzTargets.Yaml => FuzzTargets.ReadYaml(bytes),
            FuzzTargets.Refs => FuzzTargets.ReadRefs(bytes),
            _ => FuzzTargets.ReadNote(bytes),
        };

        // The note and YAML findings are broken inputs: every reader must say so in a sentence with a line (the
        // yaml target reads the text as archive.yml and as people.yml, so each says it). A refs.json finding may
        // be valid: what its target checks is that the file writes and reads back the same (it throws if not).
        var errors = diagnostics.Sorted().Where(d => d.Severity == Diagnostics.Severity.Error).ToList();
        if (!finding.StartsWith(FuzzTargets.Refs + "-", StringComparison.Ordinal)) Assert.NotEmpty(errors);
        Assert.All(errors, error =>
        {
            Assert.True(error.Line > 0, error.ToString());
            Assert.DoesNotContain("Exception", error.Message);
        });
    }
}
