using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Safety;

/// <summary>The smaller findings of the security review, each as a user meets it.</summary>
public sealed class SmallerItemsTests
{
    private const string Note = SampleNote.OneCall;

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void RestoringPrintsNoWarningSoDotnetRunOutputIsTheCommandsOwn()
    {
        // `dotnet run -- export` printed NU1603 on stdout before the JSON: the README's example was not JSON.
        var restore = CliRunner.Process("dotnet", RepositoryRoot.Path, "restore", "src/ArchiveSite.Cli", "--force");

        Assert.Equal(0, restore.ExitCode);
        Assert.DoesNotContain("warning", restore.StdOut + restore.StdErr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void ARefusedOutIsAUsageErrorSaidBeforeAnyNoteIsRead()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-01-10.md", Note);
        temp.Write("elsewhere/keep.txt", "not a site\n");

        var build = CliRunner.Run("build", "--content", Path.Combine(temp.Path, "content"), "--out", Path.Combine(temp.Path, "elsewhere"), "--no-search");

        Assert.Equal(2, build.ExitCode);
        Assert.Contains("holds files that archive-site did not write", build.StdErr);
        Assert.DoesNotContain("read 1 notes", build.StdErr + build.StdOut);
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void AnUnexpectedExceptionIsOneLineAndExitCode70()
    {
        var serve = CliRunner.Run("serve", "--content", RepositoryRoot.Path + "/content", "--port", "-5", "--no-search");

        Assert.Equal(70, serve.ExitCode);
        Assert.StartsWith("internal error: ", serve.StdErr.Split('\n').First(l => l.StartsWith("internal error", StringComparison.Ordinal)));
        Assert.DoesNotContain("   at ", serve.StdErr);
    }

    [Fact]
    public void ANoteWithRawHtmlKeepsTheRenderersClasses()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-01-10.md", Note + "\n## Decisions<br>\n\nAgreed.[^1] <span class=\"anchor evil\">x</span>\n\n- [x] done\n\n[^1]: By all.\n");

        var site = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"));

        Assert.True(site.Result.Succeeded, site.Errors());
        var page = site.Page("/calls/2024/01/10/community-call/");
        Assert.NotNull(page.QuerySelector("main h3 a.anchor"));
        Assert.NotNull(page.QuerySelector("main a.footnote-ref"));
        Assert.NotNull(page.QuerySelector("main .footnotes"));
        Assert.NotNull(page.QuerySelector("main li.task-list-item"));
        // Only the renderer's own class names pass: a note cannot borrow the site's other styles.
        Assert.DoesNotContain("evil", page.QuerySelector("main span")!.OuterHtml);
    }
}
