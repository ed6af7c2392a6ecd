using ArchiveSite.Checking;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Loading;

/// <summary>
/// Which Markdown files are minutes: by default not READMEs, contributing guides, licences, codes of conduct,
/// templates or .github/; archive.yml's include: and exclude: say the rest. What is left out is said by check.
/// </summary>
public sealed class NoteSelectionTests
{
    private const string Minutes = "# Widget Sync\n\n## Attendees\n- Ada Lovelace ([@ada-l](https://github.com/ada-l))\n";

    private static TempFolder Repository()
    {
        var temp = new TempFolder();
        temp.Write("meetings/2024-01-10.md", Minutes);
        temp.Write("meetings/2024-01-17.md", Minutes);
        temp.Write("README.md", "# Our community\n\nHow we meet.\n");
        temp.Write("meetings/README.md", "# Meetings\n");
        temp.Write("CONTRIBUTING.md", "# Contributing\n");
        temp.Write("CODE_OF_CONDUCT.md", "# Code of conduct\n");
        temp.Write("meetings/meeting-template.md", "# Widget Sync YYYY-MM-DD\n\n## Attendees\n- [ ] TODO\n");
        temp.Write("TEMPLATE.md", "# Meeting\n\n* [ ] TODO\n");
        temp.Write(".github/PULL_REQUEST_TEMPLATE.md", "Describe the change\n");
        temp.Write("charter/charter.md", "# Charter\n\nThe group decides by lazy consensus.\n");
        temp.Write("node_modules/widget/CHANGELOG.md", "# Changelog\n\n## 2024-01-10\n- 1.0.0\n");
        return temp;
    }

    [Fact]
    public void WhatIsEvidentlyNotMinutesIsLeftOutAndSaid()
    {
        using var temp = Repository();
        temp.Write("archive.yml", "exclude: [\"charter/\"]\n");

        var result = NoteChecker.Check(temp.Path);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(2, result.Calls);
        var leftOut = Assert.Single(result.Inferred, l => l.StartsWith("left out", StringComparison.Ordinal));
        Assert.Equal("left out 8 Markdown files that are not minutes: CODE_OF_CONDUCT.md (exclude CODE_OF_CONDUCT*), CONTRIBUTING.md (exclude CONTRIBUTING*), "
            + "README.md (exclude README*), TEMPLATE.md (exclude *template*), charter/charter.md (exclude charter/), meetings/README.md (exclude README*), "
            + "meetings/meeting-template.md (exclude *template*), node_modules/widget/CHANGELOG.md (exclude node_modules/) (include: and exclude: in archive.yml choose)", leftOut);
    }

    [Fact]
    public void IncludeTakesOnlyTheFilesItNames()
    {
        using var temp = Repository();
        temp.Write("archive.yml", "include: \"meetings/**\"\n");

        var result = NoteChecker.Check(temp.Path);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(2, result.Calls);
        Assert.Contains(result.Inferred, l => l.Contains("charter/charter.md (not in include:)", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutASettingTheCharterIsAnErrorThatSaysWhatToDo()
    {
        using var temp = Repository();

        var result = NoteChecker.Check(temp.Path);

        Assert.True(result.HasErrors);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal("charter/charter.md", error.File);
    }

    [Fact]
    public void DefaultExcludesCanBeTurnedOff()
    {
        using var temp = new TempFolder();
        temp.Write("2024-01-10-templates-wg.md", Minutes.Replace("Widget Sync", "Templates WG", StringComparison.Ordinal));
        temp.Write("archive.yml", "default_excludes: false\n");

        var result = NoteChecker.Check(temp.Path);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(1, result.Calls);
    }
}
