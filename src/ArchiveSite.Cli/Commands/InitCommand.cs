using System.CommandLine;
using ArchiveSite.Authoring;
using ArchiveSite.Configuration;
using ArchiveSite.Files;
using ArchiveSite.Loading;

namespace ArchiveSite.Cli.Commands;

/// <summary><c>archive-site init [DIR]</c>: read a folder of notes with no settings and write the settings it implies.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("DIR")
        {
            Description = "The folder of notes (default: the current folder)",
            DefaultValueFactory = _ => new DirectoryInfo("."),
        };
        var force = new Option<bool>("--force") { Description = "Replace an archive.yml or people.yml already there" };
        var command = new Command("init", """
            Read a folder of notes with no settings and write a starting archive.yml (title, default repository, the
            repositories the notes link, one rule per series found, and exclude: for the Markdown files a build
            cannot date, each with why) and people.yml (people written without a handle and nicknames nobody
            matches, as commented suggestions) into it, saying what was kept and left out. At a minutes
            repository's root it finds the minutes among the other documents.

            Examples:
              git clone https://github.com/OWNER/community && cd community && archive-site init && archive-site build
              archive-site init community/meeting-notes && archive-site build --content community/meeting-notes
            Exit codes: 0 written, 1 the notes have errors (the files are written all the same), 2 bad arguments,
            files already there (pass --force), or I/O.
            """) { folder, force };
        command.SetAction(parse => Run(parse.GetValue(folder)!, parse.GetValue(force)));
        return command;
    }

    private static int Run(DirectoryInfo folder, bool force)
    {
        if (!folder.Exists)
        {
            Console.Error.WriteLine($"{folder.FullName}: error: folder does not exist");
            return ExitCodes.UsageOrIo;
        }
        var archiveYml = Path.Combine(folder.FullName, SiteSettingsLoader.FileName);
        var peopleYml = Path.Combine(folder.FullName, PeopleRegistryLoader.FileName);
        var existing = new[] { archiveYml, peopleYml }.Where(File.Exists).ToList();
        if (existing.Count > 0 && !force)
        {
            Console.Error.WriteLine($"error: {string.Join(" and ", existing.Select(Path.GetFileName))} already there; edit it, or pass --force to replace it");
            return ExitCodes.UsageOrIo;
        }
        // Read as a first build would, with no settings at all: whatever archive.yml or people.yml is there now
        // (with --force) is left out, by reading settings from an empty folder.
        // Then, at a repository's root, read again leaving out what could not be dated (MinutesSurvey), as the
        // exclude: written below will.
        var noSettings = Directory.CreateTempSubdirectory("archive-site-init-");
        ArchiveLoader.Result loaded;
        IReadOnlyList<MinutesSurvey.Exclusion> exclusions;
        try
        {
            var notes = new ContentFolder(folder.FullName);
            var settings = new ContentFolder(noSettings.FullName);
            loaded = ArchiveLoader.Load(new SiteConfiguration(notes, SiteSettings.Default, [], settings));
            var read = notes.Notes(new Diagnostics.DiagnosticBag()).Where(n => NoteSelection.Default.Keeps(n, out _)).ToList();
            exclusions = MinutesSurvey.Exclusions(notes, read, loaded.Diagnostics, SiteSettings.Default.MaxNoteBytes);
            if (exclusions.Count > 0)
            {
                var selection = new NoteSelection([], [.. exclusions.Select(e => e.Glob)]);
                loaded = ArchiveLoader.Load(new SiteConfiguration(notes, SiteSettings.Default with { Notes = selection }, [], settings));
            }
        }
        finally
        {
            noSettings.Delete(recursive: true);
        }
        var files = StarterSettings.Write(loaded.Archive, loaded.NoteCount, exclusions);
        // Never through a link a pull request left under either name (Files/SafeFile).
        SafeFile.WriteAllText(archiveYml, files.ArchiveYml);
        SafeFile.WriteAllText(peopleYml, files.PeopleYml);
        foreach (var line in files.Found) Console.Out.WriteLine($"found {line}");
        if (exclusions.Any(e => e.LooksLikeMinutes))
            Console.Out.WriteLine($"to read an undated note as minutes, {Parsing.NoteParser.NoDateMessage["no date found for this call; ".Length..].Split("; if it is not minutes", 2)[0]}");
        var errors = loaded.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
        if (errors > 0) Console.Out.WriteLine($"{errors} note error(s): run `archive-site check --content {folder}` to see them");
        var next = Path.GetFullPath(folder.FullName) == Path.GetFullPath(".") ? "archive-site build" : $"archive-site build --content {folder}";
        Console.Out.WriteLine($"wrote {archiveYml} and {peopleYml}; next: {next}");
        return errors > 0 ? ExitCodes.NoteErrors : ExitCodes.Success;
    }
}
