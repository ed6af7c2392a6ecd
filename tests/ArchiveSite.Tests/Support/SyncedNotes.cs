using System.Globalization;

namespace ArchiveSite.Tests.Support;

/// <summary>
/// Two calls about acme/widgets (one ten days ago, one two years ago) with a refs.json as <c>refs sync</c> writes
/// it: a merged PR with labels and milestone, a closed issue whose title holds markup, an open PR, an issue
/// since transferred, and one PR refs.json does not know (its title comes from the notes).
/// </summary>
public static class SyncedNotes
{
    public static readonly DateOnly Recent = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10);
    public static readonly DateOnly Old = Recent.AddYears(-2);

    public static void WriteTo(TempFolder folder)
    {
        folder.Write("archive.yml", "title: Widgets\nbase_url: https://widgets.example/\n");
        folder.Write($"{Iso(Recent)}.md", $"""
            # Widgets call {Iso(Recent)}

            ## Attendees
            - Ada Lovelace ([@ada-l](https://github.com/ada-l))

            ## Agenda
            - [Faster widget loading](https://github.com/acme/widgets/pull/1)
            - Crash on start https://github.com/acme/widgets/issues/2
            - https://github.com/acme/widgets/pull/3 is ready for review
            """);
        folder.Write($"{Iso(Old)}.md", $"""
            # Widgets call {Iso(Old)}

            ## Attendees
            - Grace Hopper ([@grace](https://github.com/grace))

            ## Agenda
            - Gadgets break widgets https://github.com/acme/widgets/issues/5
            - [An old idea about caching](https://github.com/acme/widgets/pull/7)
            - Dark theme first look https://github.com/acme/widgets/pull/3
            """);
        folder.Write("refs.json", """
            {
              "version": 1,
              "repositories": { "acme/widgets": { "checked": "2026-11-26T10:00:00+00:00" } },
              "references": {
                "acme/widgets#1": { "kind": "pull", "title": "Load widgets lazily", "state": "merged", "stateDate": "2024-03-07",
                                    "author": "ada-l", "labels": ["area/loader", "kind/feature"], "milestone": "1.4.0" },
                "acme/widgets#2": { "kind": "issue", "title": "Crash on start <script>alert(1)</script>", "state": "closed", "stateDate": "2024-03-10", "author": "someone-else" },
                "acme/widgets#3": { "kind": "pull", "title": "Add a dark theme", "state": "open", "author": "ada-l" },
                "acme/widgets#5": { "kind": "issue", "title": "Gadgets break widgets", "state": "open", "url": "https://github.com/acme/gadgets/issues/12" }
              }
            }
            """);
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The <see cref="SyncedNotes"/> built once per test class (a class fixture): content, site, and their folders.</summary>
public sealed class SyncedSite : IDisposable
{
    private readonly TempFolder _content = new();
    private readonly TempFolder _output = new();

    public SyncedSite()
    {
        SyncedNotes.WriteTo(_content);
        Site = BuiltSite.Build(_content.Path, Path.Combine(_output.Path, "site"));
        Assert.True(Site.Result.Succeeded, Site.Errors());
    }

    public BuiltSite Site { get; }

    public void Dispose()
    {
        _content.Dispose();
        _output.Dispose();
    }
}
