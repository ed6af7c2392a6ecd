using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Safety;

/// <summary>
/// A theme is code (Razor templates are C#) and Pagefind is a program: both come only from where the person
/// running the build configured them, never from the content folder, which a pull request can fill.
/// </summary>
public sealed class TrustedCodeTests
{
    private const string Note = SampleNote.OneCall;

    [Fact]
    public void AThemeInsideTheContentFolderIsNotUsedUnlessArchiveYmlNamesIt()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-01-10.md", Note);
        // What a hostile pull request would add: a full theme where the old lookup searched first.
        var planted = ThemeCopy.OfDefault(temp);
        var home = Path.Combine(planted, "templates", "Home.cshtml");
        File.WriteAllText(home, File.ReadAllText(home).Replace("<h1>@Model.Title</h1>", "<h1>@Model.Title</h1><p id=\"planted\">@System.Environment.ProcessId</p>"));
        Directory.CreateDirectory(Path.Combine(temp.Path, "content", "themes"));
        Directory.Move(planted, Path.Combine(temp.Path, "content", "themes", "default"));

        var site = BuiltSite.Build(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "site"));

        Assert.True(site.Result.Succeeded, site.Errors());
        Assert.Null(site.Page("/").QuerySelector("#planted"));
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void PagefindIsNeverRunFromTheContentFolder()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-01-10.md", Note);
        var marker = Path.Combine(temp.Path, "ran");
        var planted = temp.Write("content/node_modules/@pagefind/linux-x64/bin/pagefind", $"#!/bin/sh\ntouch '{marker}'\nexit 1\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(planted, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        // Run from inside the content folder too: the working folder is no place to find programs either.
        var build = CliRunner.RunIn(Path.Combine(temp.Path, "content"), "build", "--content", ".", "--out", Path.Combine(temp.Path, "site"));

        Assert.False(File.Exists(marker), "the planted pagefind ran");
        Assert.Equal(0, build.ExitCode);
        Assert.Matches(@"indexed [1-9]\d* pages for search", build.StdErr + build.StdOut);
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void PagefindCanBeNamedAndAMissingOneIsSaidBeforeTheBuild()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-01-10.md", Note);

        var missing = CliRunner.Run("build", "--content", Path.Combine(temp.Path, "content"), "--out", Path.Combine(temp.Path, "site"),
            "--pagefind", Path.Combine(temp.Path, "no-such-pagefind"));

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("the search indexer (Pagefind) is not installed", missing.StdErr);
        Assert.Contains("--no-search", missing.StdErr);
        Assert.DoesNotContain("read 1 notes", missing.StdErr);
    }
}
