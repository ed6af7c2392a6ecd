using ArchiveSite.Model;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Resolution;

/// <summary>What the notes call a PR or issue: a link's own words first, else the line it stands on, the latest call first.</summary>
public sealed class ReferenceTitleTests
{
    [Fact]
    public void TitlesComeFromTheNotesThemselves()
    {
        using var content = new TempFolder();
        content.Write("2024-03-05.md", """
            # Call

            ## Agenda
            - [leogr] falco-driver-loader improvements
                - break apart logic WIP falco#1200
            - [downgrade macOS x64 to Tier 2](https://github.com/rust-lang/rust/pull/63055)
            - PR ready for review: https://github.com/falcosecurity/falco/pull/1451
            - Michael: We started weekly issue triaging https://github.com/falcosecurity/falco/issues/704
            - enable the backoff on connection (merged https://github.com/falcosecurity/falco-exporter/pull/29)
            - [Grace] Follow-up on falco#1300, merged
            """);
        content.Write("2024-03-12.md", """
            # Call

            - [#63055](https://github.com/rust-lang/rust/pull/63055) was merged
            - falco#1200 is in review, renamed to driver loader: split the logic
            """);

        var archive = ArchiveLoader.Load(content.Path).Archive;
        string? Title(string owner, string repo, int n) => archive.ReferencesByKey[ReferenceKey.Create(owner, repo, n)].Title;

        Assert.Equal("downgrade macOS x64 to Tier 2", Title("rust-lang", "rust", 63055));
        Assert.Equal("is in review, renamed to driver loader: split the logic", Title("falcosecurity", "falco", 1200));
        Assert.Null(Title("falcosecurity", "falco", 1451));
        Assert.Equal("We started weekly issue triaging", Title("falcosecurity", "falco", 704));
        Assert.Equal("enable the backoff on connection", Title("falcosecurity", "falco-exporter", 29));
        // Inside the sentence a reference stays as written: no "Follow-up on , merged".
        Assert.Equal("Follow-up on falco#1300, merged", Title("falcosecurity", "falco", 1300));
    }
}
