using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Cli;

/// <summary><c>archive-site init</c>: from a folder of someone's notes to settings that say what was read from them.</summary>
public sealed class InitCommandTests
{
    private static void TwoGroupsOfNotes(TempFolder temp)
    {
        temp.Write("notes/wasmtime/2025/wasmtime-05-08.md", "# May 08 | Wasmtime Project Bi-Weekly\n\n## Attendees\n\n- Ada Lovelace (@ada-l)\n- Grace Hopper\n\n## Agenda\n\n- [ada] fix [#12](https://github.com/acme/wasmtime/pull/12)\n");
        temp.Write("notes/wasmtime/2025/wasmtime-05-22.md", "# May 22 | Wasmtime Project Bi-Weekly\n\n## Agenda\n\n- [zed] [#14](https://github.com/acme/wasmtime/issues/14), #15\n");
        temp.Write("notes/cranelift/2025/cranelift-05-14.md", "# May 14 | Cranelift\n\n- [acme/cranelift#3](https://github.com/acme/cranelift/pull/3)\n");
        temp.Write("notes/cranelift/2025/cranelift-05-28.md", "# May 28 | Cranelift\n");
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void WritesSettingsThatStateWhatWasReadAndBuildTheSameArchive()
    {
        using var temp = new TempFolder();
        TwoGroupsOfNotes(temp);
        var notes = Path.Combine(temp.Path, "notes");
        var before = ArchiveLoader.Load(notes).Archive;

        var result = CliRunner.Run("init", notes);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("found 4 notes, 4 calls, 2 series", result.StdOut);
        Assert.Contains("found default repository acme/wasmtime (2 links), 2 repositories linked", result.StdOut);
        var archiveYml = File.ReadAllText(Path.Combine(notes, "archive.yml"));
        Assert.Contains("  default_repo: \"acme/wasmtime\"\n", archiveYml);
        Assert.Contains("  - { name: \"Wasmtime\", slug: \"wasmtime\", path: \"wasmtime/**\" }   # 2 calls, from folder wasmtime/\n", archiveYml);
        Assert.Contains("  - { name: \"Cranelift\", slug: \"cranelift\", path: \"cranelift/**\" }   # 2 calls, from folder cranelift/\n", archiveYml);
        var peopleYml = File.ReadAllText(Path.Combine(notes, "people.yml"));
        Assert.Contains("# HANDLE: { name: \"Grace Hopper\" }   # 1 call\n", peopleYml);
        Assert.Contains("# HANDLE: { name: NAME, aliases: [\"zed\"] }   # [zed] 1 times\n", peopleYml);

        // The written settings read the notes as they were read without them, and a build with them succeeds.
        var after = ArchiveLoader.Load(notes);
        Assert.DoesNotContain(after.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal(before.Meetings.Select(m => m.Id), after.Archive.Meetings.Select(m => m.Id));
        Assert.Equal(before.References.Select(r => r.Key), after.Archive.References.Select(r => r.Key));
        Assert.Equal(0, CliRunner.Run("check", "--content", notes).ExitCode);
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void LeavesSettingsAlreadyThereUnlessForced()
    {
        using var temp = new TempFolder();
        TwoGroupsOfNotes(temp);
        var archiveYml = temp.Write("notes/archive.yml", "title: Mine\n");

        var refused = CliRunner.Run("init", Path.Combine(temp.Path, "notes"));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("archive.yml already there; edit it, or pass --force to replace it", refused.StdErr);
        Assert.Equal("title: Mine\n", File.ReadAllText(archiveYml));

        var forced = CliRunner.Run("init", Path.Combine(temp.Path, "notes"), "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("default_repo: \"acme/wasmtime\"", File.ReadAllText(archiveYml));
    }

    /// <summary>A minutes repository as cloned: notes in year folders, and beside them what is not minutes.</summary>
    private static void MinutesRepository(TempFolder temp)
    {
        const string Call = "# Widget Sync\n\n## Attendees\n- Ada Lovelace ([@ada-l](https://github.com/ada-l))\n\n## Notes\n- Discussed widget/core#12\n";
        temp.Write("meetings/2024/2024-01-10.md", Call);
        temp.Write("meetings/2024/2024-01-17.md", Call);
        temp.Write("README.md", "# Our community\n\nHow we meet.\n");
        temp.Write("meetings/meeting-template.md", "# Widget Sync YYYY-MM-DD\n\n## Attendees\n- [ ] TODO\n");
        temp.Write("charter/charter.md", "# Charter\n\nThe group decides by lazy consensus.\n");
        temp.Write("charter/2019/charter.md", "# Charter (2019)\n\nThe first charter.\n");
        temp.Write("presentations/roadmap.md", "# Roadmap\n\n- slide one\n- slide two\n");
        temp.Write("recording-guidelines.md", "# Recording guidelines\n\nRecord every call.\n");
        temp.Write("meetings/2024/2024-01-24.md", "# Widget Sync\n\n## Attendees\n\n## Agenda\n- [ ] TODO\n");   // written ahead
        temp.Write("meetings/offsite-notes.md", "# Widget Sync offsite\n\n## Attendees\n- Grace Hopper\n\n## Notes\n- Planned the year\n");
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void AtARepositorysRootInitLeavesOutWhatIsNotMinutesAndTheFirstBuildSucceeds()
    {
        using var repository = new TempFolder();
        using var cache = new TempFolder();
        MinutesRepository(repository);

        var without = CliRunner.RunIn(repository.Path, "build", "--no-search", "--cache", cache.Path);
        var init = CliRunner.RunIn(repository.Path, "init");
        var build = CliRunner.RunIn(repository.Path, "build", "--no-search", "--cache", cache.Path);

        // Without settings: every file that is not minutes is an error saying how to leave it out.
        Assert.Equal(1, without.ExitCode);
        Assert.Contains("charter/charter.md:1:1: error: no date found for this call;", without.StdErr);
        Assert.Contains("if it is not minutes, leave it out with exclude: in archive.yml (archive-site init writes it)", without.StdErr);
        Assert.DoesNotContain("README.md", without.StdErr);

        Assert.Equal(0, init.ExitCode);
        Assert.Contains("found 3 notes, 3 calls", init.StdOut);
        Assert.Contains("found left out by default: README.md, meetings/meeting-template.md\n", init.StdOut);
        Assert.Contains("found left out charter/ (2 files): no date, no roster, no agenda\n", init.StdOut);
        Assert.Contains("found left out meetings/offsite-notes.md: looks like minutes (a roster or an agenda) but has no date", init.StdOut);
        Assert.Contains("to read an undated note as minutes, date it in one of the ways understood:", init.StdOut);
        Assert.EndsWith("next: archive-site build\n", init.StdOut);
        var archiveYml = File.ReadAllText(Path.Combine(repository.Path, "archive.yml"));
        Assert.Contains("exclude:\n"
            + "  - \"/recording-guidelines.md\"   # no date, no roster, no agenda\n"
            + "  - \"charter/\"   # 2 files: no date, no roster, no agenda\n"
            + "  - \"presentations/\"   # 1 file: no date, no roster, no agenda\n"
            + "  - \"meetings/offsite-notes.md\"   # looks like minutes", archiveYml);

        Assert.Equal(0, build.ExitCode);
        Assert.Contains("built ", build.StdOut);
        Assert.Contains(" for 3 calls from 3 notes into ", build.StdOut);
        // The note written ahead is a call, upcoming: listed apart, not among the latest calls.
        var home = File.ReadAllText(Path.Combine(repository.Path, "_site", "index.html"));
        Assert.Contains("<h2 id=\"upcoming\">Upcoming</h2>", home);
        Assert.DoesNotContain(": error:", build.StdErr, StringComparison.Ordinal);
    }
}
