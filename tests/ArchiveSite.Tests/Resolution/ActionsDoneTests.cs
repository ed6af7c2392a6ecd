using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.Model;
using ArchiveSite.Resolution;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Resolution;

/// <summary>An open action item is found done later: its PR closed on GitHub, or a later call of the series saying so.</summary>
public sealed class ActionsDoneTests
{
    private const string First = """
        # Community Call 2024-03-06

        ## Action items

        - [ ] Review https://github.com/acme/widgets/pull/12
        - [ ] Review https://github.com/acme/widgets/pull/13
        - [ ] Write the release blog post
        """;

    private const string Later = """
        # Community Call 2024-03-13

        ## Updates

        - acme/widgets#12 merged, thanks all
        - [x] Write the release blog post
        """;

    [Fact]
    public void ALaterCallSayingItIsDoneClosesIt()
    {
        var actions = Resolve(facts: null);
        Assert.Equal("2024-03-13-community-call", actions.Single(a => a.Text.EndsWith("/12", StringComparison.Ordinal)).DoneBy);
        Assert.False(actions.Single(a => a.Text.EndsWith("/13", StringComparison.Ordinal)).Done);
        // The same action ticked in a later call.
        Assert.Equal("2024-03-13-community-call", actions.Single(a => a.Text == "Write the release blog post").DoneBy);
    }

    [Fact]
    public void APullRequestMergedOnGitHubClosesIt()
    {
        var facts = new Dictionary<ReferenceKey, ReferenceFacts> { [new ReferenceKey("acme", "widgets", 13)] = new() { State = ReferenceState.Merged } };
        var actions = Resolve(facts);
        Assert.Equal("acme/widgets#13", actions.Single(a => a.Text.EndsWith("/13", StringComparison.Ordinal)).DoneBy);
    }

    private static List<ActionItem> Resolve(Dictionary<ReferenceKey, ReferenceFacts>? facts)
    {
        var parsed = Notes.Parse(First, "2024-03-06.md").Meetings.Concat(Notes.Parse(Later, "2024-03-13.md").Meetings).ToList();
        var archive = ArchiveResolver.Resolve(parsed, SiteSettings.Default, PeopleRegistry.Empty, new DiagnosticBag(), facts);
        return archive.Meetings.OrderBy(m => m.Date).First().Actions.ToList();
    }
}
