using ArchiveSite.Model;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Resolution;

/// <summary>
/// Where each address of a call's notes leads is settled once, by the resolver, and carried on the call:
/// rendering and serve's quick redraw only apply it.
/// </summary>
public sealed class AddressTests
{
    private const string Source = "https://github.com/example/community/blob/main/notes";

    [Fact]
    public void EveryAddressThatNeedsSettlingIsSettledOnTheCall()
    {
        using var content = new TempFolder();
        content.Write("archive.yml", $"source_url: {Source}\n");
        content.Write("2024-01-10.md", "# Community call 2024-01-10\n\n- Notes\n");
        content.Write("2024-01-17.md", $"""
            # Community call 2024-01-17

            - [last week](2024-01-10.md), [the same, escaped](2024-01-10.m%64), ![plan](img/plan.png)
            - [docs](github.com/example/docs), <a href="../outside.md">outside</a>
            - [on GitHub]({Source}/2024-01-10.md#notes), [another file]({Source}/README.md), [elsewhere](https://example.org/a.md)
            """);

        var call = ArchiveLoader.Load(content.Path).Archive.MeetingsById["2024-01-17-community-call"];

        Assert.Equal(new Dictionary<string, LinkTarget>
        {
            ["2024-01-10.md"] = new LinkTarget.Note("2024-01-10.md"),
            ["2024-01-10.m%64"] = new LinkTarget.Note("2024-01-10.md"),
            ["img/plan.png"] = new LinkTarget.Web($"{Source}/img/plan.png"),
            ["github.com/example/docs"] = new LinkTarget.Web("https://github.com/example/docs"),
            ["../outside.md"] = new LinkTarget.Nowhere(),
            [$"{Source}/2024-01-10.md#notes"] = new LinkTarget.Note("2024-01-10.md"),
        }, call.Addresses.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary());
    }

    [Fact]
    public void WithoutSourceUrlANotesAddressOnGitHubStaysAsWritten()
    {
        using var content = new TempFolder();
        content.Write("2024-01-10.md", "# Community call 2024-01-10\n\n- Notes\n");
        content.Write("2024-01-17.md", $"# Community call 2024-01-17\n\n- [on GitHub]({Source}/2024-01-10.md), [missing](2023-12-01.md)\n");

        var call = ArchiveLoader.Load(content.Path).Archive.MeetingsById["2024-01-17-community-call"];

        Assert.Equal(new Dictionary<string, LinkTarget> { ["2023-12-01.md"] = new LinkTarget.Nowhere() }, call.Addresses.ToDictionary());
    }
}
