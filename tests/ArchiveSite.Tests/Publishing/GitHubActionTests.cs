using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Publishing;

/// <summary>
/// The action (action.yml) as a notes repository uses it: its two shell steps run the way a runner runs them
/// (a copy of the action as <c>GITHUB_ACTION_PATH</c>, the Falco notes as a separate repository with a git
/// history as the working folder, <c>GITHUB_OUTPUT</c> and <c>GITHUB_STEP_SUMMARY</c> files); the setup-dotnet
/// and setup-node steps are this machine's own .NET and Node. And the packed tool, installed and run outside
/// the checkout; and every action and workflow file through a schema validator.
/// </summary>
// Slow: ../shared, npm, dotnet publish and pack as processes.
[Trait("Category", "Slow")]
public sealed class GitHubActionTests
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(8);

    /// <summary>What the action needs of its repository (its own source, theme and locks), copied as a release would hold it.</summary>
    private static readonly string[] ActionFiles =
        ["action.yml", "action", "src", "themes", "package.json", "package-lock.json", "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig", "README.md"];

    [Fact]
    public void BuildModeMakesASiteWithSearch_CheckModeAnnotatesOnlyTheChangedNote()
    {
        using var temp = new TempFolder();
        var action = Path.Combine(temp.Path, "action");
        foreach (var item in ActionFiles) Copy(Path.Combine(RepositoryRoot.Path, item), Path.Combine(action, item));
        var notes = NotesRepository(temp.Path, out var baseRevision);

        var key = Step(action, notes, "tool-key.sh", new Dictionary<string, string>());
        Assert.True(key.ExitCode == 0, key.StdOut + key.StdErr);
        Assert.Matches("^key=[0-9a-f]{32}$", key.StdOut.Trim());
        var install = Step(action, notes, "install.sh", new Dictionary<string, string>());
        Assert.True(install.ExitCode == 0, install.StdOut + install.StdErr);
        Assert.Contains("ArchiveSite.Cli ->", install.StdOut);
        // A run whose cache brought the tool (its .tool folder) builds nothing; the tool's build has not changed its key.
        var again = Step(action, notes, "install.sh", new Dictionary<string, string>());
        Assert.True(again.ExitCode == 0, again.StdOut + again.StdErr);
        Assert.DoesNotContain("ArchiveSite.Cli ->", again.StdOut);
        Assert.Equal(key.StdOut, Step(action, notes, "tool-key.sh", new Dictionary<string, string>()).StdOut);

        // build mode: the site, with its search index, and the outputs and summary the action documents. With
        // sync-refs, a GitHub that answers only "rate limit" warns and the build goes on with what it has.
        using var github = new FakeGitHub();
        github.Server.Given(WireMock.RequestBuilders.Request.Create().UsingAnyMethod()).RespondWith(FakeGitHub.RateLimited(DateTimeOffset.UtcNow.AddHours(2)));
        var (build, buildOutputs, buildSummary) = Run(action, notes, temp.Path, "build", new()
        {
            ["INPUT_CONTENT"] = "meeting-notes",
            ["INPUT_OUT"] = "public",
            ["INPUT_BASE_URL"] = "https://calls.example/",
            ["INPUT_SYNC_REFS"] = "true",
            ["INPUT_GITHUB_TOKEN"] = "",
            ["GITHUB_API_URL"] = github.Api,
        });
        Assert.True(build.ExitCode == 0, build.StdOut + build.StdErr);
        Assert.Contains("::warning::refs sync did not fetch everything (exit 3", build.StdOut, StringComparison.Ordinal);
        Assert.Single(github.Paths);
        File.Delete(Path.Combine(notes, "meeting-notes", "refs.json")); // what the sync saved (nothing): not part of the next change
        var site = Path.Combine(notes, "public");
        Assert.True(File.Exists(Path.Combine(site, "calls", "2020", "05", "13", "community-call", "index.html")));
        Assert.True(File.Exists(Path.Combine(site, "pagefind", "pagefind.js")), "the search index was built");
        Assert.Contains($"site={site}", buildOutputs);
        Assert.Contains("calls=228", buildOutputs);
        Assert.Matches(@"pages=\d{3,}", buildOutputs);
        Assert.Contains("### ArchiveSite build", buildSummary);
        Assert.Contains("| calls | 228 |", buildSummary);
        Assert.Contains("Time per stage", buildSummary);

        // check mode on a change to one note: annotations on that note only, the rest counted in the summary.
        File.AppendAllText(Path.Combine(notes, "meeting-notes", "2024-12-11.md"), "\n## Attendees\n- Ada Lovelace ([@ada](https://github.com/grace))\n");
        Git(notes, "add", "meeting-notes/2024-12-11.md");
        Git(notes, "commit", "-qm", "a note with a mislinked profile");
        var (check, checkOutputs, checkSummary) = Run(action, notes, temp.Path, "check", new() { ["INPUT_CONTENT"] = "meeting-notes", ["INPUT_CHANGED_SINCE"] = baseRevision });
        Assert.True(check.ExitCode == 0, check.StdOut + check.StdErr);
        var annotations = check.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(annotations);
        Assert.All(annotations, a => Assert.Contains("file=meeting-notes/2024-12-11.md", a));
        Assert.Contains(annotations, a => a.Contains("the link text says @ada", StringComparison.Ordinal));
        Assert.Contains("this change did not touch", check.StdErr);
        Assert.Contains("### ArchiveSite check of 1 changed file", checkSummary);
        Assert.Contains("calls=", checkOutputs);
    }

    [Fact]
    public void ThePackedToolBuildsWithSearchFromAnyFolder()
    {
        using var temp = new TempFolder();
        var pack = CliRunner.Process("dotnet", RepositoryRoot.Path, new Dictionary<string, string>(), Long,
            "pack", "src/ArchiveSite.Cli", "-c", "Release", "-o", Path.Combine(temp.Path, "packages"));
        Assert.True(pack.ExitCode == 0, pack.StdOut + pack.StdErr);
        var tools = Path.Combine(temp.Path, "tools");
        var install = CliRunner.Process("dotnet", temp.Path, new Dictionary<string, string>(), Long,
            "tool", "install", "archive-site", "--tool-path", tools, "--add-source", Path.Combine(temp.Path, "packages"));
        Assert.True(install.ExitCode == 0, install.StdOut + install.StdErr);

        // Pagefind as a user installs it: a `pagefind` on PATH (npm install -g puts one there).
        var bin = Directory.CreateDirectory(Path.Combine(temp.Path, "bin")).FullName;
        var installed = Path.Combine(RepositoryRoot.Path, "node_modules", "@pagefind", "linux-x64", "bin");
        File.CreateSymbolicLink(Path.Combine(bin, "pagefind"), new[] { "pagefind_extended", "pagefind" }.Select(n => Path.Combine(installed, n)).First(File.Exists));
        var elsewhere = Directory.CreateDirectory(Path.Combine(temp.Path, "elsewhere")).FullName;
        var environment = new Dictionary<string, string> { ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") };
        var build = CliRunner.Process(Path.Combine(tools, "archive-site"), elsewhere, environment, Long,
            "build", "--content", SharedCorpus.FalcoNotes, "--out", "site");
        Assert.True(build.ExitCode == 0, build.StdOut + build.StdErr);
        Assert.True(File.Exists(Path.Combine(elsewhere, "site", "pagefind", "pagefind.js")));
        Assert.True(File.Exists(Path.Combine(elsewhere, "site", "calls", "2020", "05", "13", "community-call", "index.html")));

        // Without Pagefind anywhere it says so before reading a note, and how to install it.
        var without = CliRunner.Process(Path.Combine(tools, "archive-site"), elsewhere, new Dictionary<string, string> { ["PATH"] = "/usr/bin:/bin" }, Long,
            "build", "--content", SharedCorpus.FalcoNotes, "--out", "site2");
        Assert.Equal(2, without.ExitCode);
        Assert.Contains("Pagefind", without.StdErr);
        Assert.Contains("--pagefind PATH", without.StdErr);
    }

    [Fact]
    public void TheActionAndEveryWorkflowPassTheSchemaValidator()
    {
        var validator = Path.Combine(RepositoryRoot.Path, "node_modules", ".bin", "action-validator");
        Assert.True(File.Exists(validator), "run `npm ci` (it installs @action-validator/cli)");
        var files = new[] { "action.yml" }
            .Concat(Directory.GetFiles(Path.Combine(RepositoryRoot.Path, ".github", "workflows"), "*.yml"))
            .Concat(Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs", "examples", "notes-repository", ".github", "workflows"), "*.yml"))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, Path.Combine(RepositoryRoot.Path, f))).ToList();
        Assert.True(files.Count >= 5);
        foreach (var file in files)
        {
            var result = CliRunner.Process(validator, RepositoryRoot.Path, file);
            Assert.True(result.ExitCode == 0, $"{file}:\n{result.StdOut}{result.StdErr}");
        }
    }

    /// <summary>The Falco notes as their own repository: a first commit (the pull request's base), on branch main.</summary>
    private static string NotesRepository(string root, out string baseRevision)
    {
        var repository = Path.Combine(root, "community");
        Copy(SharedCorpus.FalcoNotes, Path.Combine(repository, "meeting-notes"));
        Git(repository, "init", "-q", "-b", "main");
        Git(repository, "add", "-A");
        Git(repository, "commit", "-qm", "the notes");
        baseRevision = Git(repository, "rev-parse", "HEAD").Trim();
        return repository;
    }

    private static (CliRunner.Result Result, string Outputs, string Summary) Run(string action, string workspace, string temp, string mode, Dictionary<string, string> inputs)
    {
        var outputs = Path.Combine(temp, $"{mode}-output");
        var summary = Path.Combine(temp, $"{mode}-summary.md");
        inputs["INPUT_MODE"] = mode;
        inputs["GITHUB_OUTPUT"] = outputs;
        inputs["GITHUB_STEP_SUMMARY"] = summary;
        var result = Step(action, workspace, "run.sh", inputs);
        return (result, File.Exists(outputs) ? File.ReadAllText(outputs) : "", File.Exists(summary) ? File.ReadAllText(summary) : "");
    }

    private static CliRunner.Result Step(string action, string workspace, string script, Dictionary<string, string> environment)
    {
        environment["GITHUB_ACTION_PATH"] = action;
        environment["GITHUB_WORKSPACE"] = workspace;
        return CliRunner.Process("bash", workspace, environment, Long, Path.Combine(action, "action", script));
    }

    private static string Git(string folder, params string[] args)
    {
        var result = CliRunner.Process("git", folder, new Dictionary<string, string>
        {
            ["GIT_AUTHOR_NAME"] = "test",
            ["GIT_AUTHOR_EMAIL"] = "test@example.org",
            ["GIT_COMMITTER_NAME"] = "test",
            ["GIT_COMMITTER_EMAIL"] = "test@example.org",
        }, TimeSpan.FromMinutes(1), args);
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', args)}: {result.StdOut}{result.StdErr}");
        return result.StdOut;
    }

    /// <summary>A file, or a folder without build output (bin/, obj/) or installed packages.</summary>
    private static void Copy(string from, string to)
    {
        if (File.Exists(from))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to);
            return;
        }
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Any(p => p is "bin" or "obj" or "node_modules")) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }
}
