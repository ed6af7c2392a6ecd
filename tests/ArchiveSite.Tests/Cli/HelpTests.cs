using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Cli;

/// <summary>The help a user reads names the command they type, not the assembly it is built from.</summary>
public sealed class HelpTests
{
    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void HelpNamesTheCommandArchiveSite()
    {
        var root = CliRunner.Run("--help");
        var build = CliRunner.Run("build", "--help");
        var version = CliRunner.Run("--version");

        Assert.Equal(0, root.ExitCode);
        Assert.Contains("Usage:\n  archive-site [command] [options]\n", root.StdOut);
        Assert.DoesNotContain("ArchiveSite.Cli", root.StdOut);
        Assert.Contains("Usage:\n  archive-site build [options]\n", build.StdOut);
        Assert.Contains("--verbose", build.StdOut);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.StdOut);
    }
}
