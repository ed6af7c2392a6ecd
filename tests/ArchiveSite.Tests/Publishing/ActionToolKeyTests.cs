using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Publishing;

/// <summary>
/// The action caches the tool it builds under the key <c>action/tool-key.sh</c> prints: the same source gives the same
/// key, so a run after a merge that only adds a note reuses the tool; any change to what the tool is built from gives
/// another, so a stale tool is never run. Build output lying in the action's folder is not source.
/// </summary>
public sealed class ActionToolKeyTests
{
    [Fact]
    public void TheKeyFollowsWhatTheToolIsBuiltFromAndNothingElse()
    {
        using var action = new TempFolder();
        action.Write("src/ArchiveSite/Build.cs", "class Build {}");
        action.Write("src/ArchiveSite/obj/project.assets.json", "{}");
        action.Write("themes/default/templates/Call.cshtml", "<h1>@Model.Title</h1>");
        action.Write("action/install.sh", "dotnet publish");
        action.Write("Directory.Build.props", "<Project />");
        action.Write("Directory.Packages.props", "<Project />");
        File.Copy(Path.Combine(RepositoryRoot.Path, "global.json"), Path.Combine(action.Path, "global.json"));
        File.Copy(Path.Combine(RepositoryRoot.Path, "action", "tool-key.sh"), Path.Combine(action.Path, "action", "tool-key.sh"));

        var first = Key(action.Path);
        Assert.Matches("^key=[0-9a-f]{32}$", first);
        Assert.Equal(first, Key(action.Path));

        action.Write("src/ArchiveSite/obj/project.assets.json", "{\"restored\": true}");
        action.Write("src/ArchiveSite/bin/Release/ArchiveSite.dll", "MZ");
        Assert.Equal(first, Key(action.Path));

        action.Write("themes/default/templates/Call.cshtml", "<h1>@Model.Title!</h1>");
        Assert.NotEqual(first, Key(action.Path));
        action.Write("themes/default/templates/Call.cshtml", "<h1>@Model.Title</h1>");
        Assert.Equal(first, Key(action.Path));

        File.Move(Path.Combine(action.Path, "src/ArchiveSite/Build.cs"), Path.Combine(action.Path, "src/ArchiveSite/Built.cs"));
        Assert.NotEqual(first, Key(action.Path));
        File.Move(Path.Combine(action.Path, "src/ArchiveSite/Built.cs"), Path.Combine(action.Path, "src/ArchiveSite/Build.cs"));

        action.Write("Directory.Packages.props", "<Project><ItemGroup /></Project>");
        Assert.NotEqual(first, Key(action.Path));
        action.Write("Directory.Packages.props", "<Project />");

        action.Write("action/install.sh", "dotnet publish -p:PublishReadyToRun=true");
        Assert.NotEqual(first, Key(action.Path));
    }

    private static string Key(string action)
    {
        var result = CliRunner.Process("bash", action, new Dictionary<string, string> { ["GITHUB_ACTION_PATH"] = action }, TimeSpan.FromMinutes(1),
            Path.Combine(action, "action", "tool-key.sh"));
        Assert.True(result.ExitCode == 0, result.StdOut + result.StdErr);
        return result.StdOut.Trim();
    }
}
