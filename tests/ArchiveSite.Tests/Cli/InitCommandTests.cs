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
}
