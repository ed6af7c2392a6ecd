using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Resolution;

/// <summary>
/// What the archive works out from all the notes together, with no archive.yml: series from folders, names
/// and titles less the project's name; where references written without their repository point; which of
/// two dates a call keeps when its path and its text disagree.
/// </summary>
public sealed class InferenceTests
{
    [Fact]
    public void AFolderOfSeveralNotesIsASeriesAndAStrayFolderIsNot()
    {
        using var content = new TempFolder();
        content.Write("wasmtime/2025/wasmtime-05-08.md", "# May 08 | Wasmtime Project Bi-Weekly\n");
        content.Write("wasmtime/2025/wasmtime-05-22.md", "# May 22 | Wasmtime Project Bi-Weekly\n");
        content.Write("main/2024/CG-01-30.md", "## Agenda for the January 30th video call\n");
        content.Write("main/2024/CG-02-13.md", "## Agenda for the February 13th video call\n");
        content.Write("docs(notes):/2024-09-05-Steering.md", "Notes.\n");

        var result = ArchiveLoader.Load(content.Path);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            ["2024-01-30-main", "2024-02-13-main", "2024-09-05-steering", "2025-05-08-wasmtime", "2025-05-22-wasmtime"],
            result.Archive.Meetings.Select(m => m.Id));
        Assert.Equal(["Main", "Wasmtime", "Steering"], result.Archive.Series.Select(s => s.Name));
    }

    [Fact]
    public void TheFirstNoteOfANewGroupsFolderIsThatGroupsThoughItNamesNothingElse()
    {
        // A foundation's repository: one folder per group; the CPC's first minutes, untitled, must not join the busiest group.
        using var content = new TempFolder();
        content.Write("tsc/2024-01-10.md", "## Attendees\n\n- Ana Lima\n");
        content.Write("tsc/2024-01-17.md", "## Attendees\n\n- Ana Lima\n");
        content.Write("cpc/2024-01-12.md", "## Attendees\n\n- Bo Chen\n");
        content.Write("archive/2019-03-01.md", "## Attendees\n\n- Bo Chen\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        Assert.Equal("cpc", Assert.Single(archive.Meetings, m => m.Date == new DateOnly(2024, 1, 12)).Series);
        Assert.Contains(archive.Series, s => s.Name == "CPC");
        // A folder that says what its files are ("archive/", "old/") names no group: that note goes with the busiest.
        Assert.Equal("tsc", Assert.Single(archive.Meetings, m => m.Date == new DateOnly(2019, 3, 1)).Series);
    }

    [Fact]
    public void AFolderNamedForWhatARepositoryKeepsThereNamesNoSeries()
    {
        // The root of a repository built by a site generator: every note under content/ (or docs/), one series named by the titles.
        using var content = new TempFolder();
        foreach (var day in new[] { "10", "17", "24" })
            content.Write($"content/2024-01-{day}.md", $"# Widget Community Call 2024-01-{day}\n\n## Attendees\n\n- Ana Lima\n");
        content.Write("docs/archive/2023-12-13.md", "# Widget Community Call 2023-12-13\n\n## Attendees\n\n- Ana Lima\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        Assert.Equal(["Widget Community Call"], archive.Series.Select(s => s.Name));
        Assert.Equal("2024-01-10-widget-community-call", archive.Meetings[1].Id);
    }

    [Fact]
    public void AFoldersSeriesIsSpelledAsItsTitlesSpellIt()
    {
        using var content = new TempFolder();
        content.Write("tac/2024-01-10.md", "# TAC Meeting\n\n## Attendees\n\n- Ana Lima\n");
        content.Write("tac/2024-01-17.md", "## Attendees\n\n- Ana Lima\n");
        content.Write("tac/2024-01-24.md", "## Attendees\n\n- Ana Lima\n");
        content.Write("tsc/2024-01-11.md", "## Attendees\n\n- Bo Chen\n");
        content.Write("tsc/2024-01-18.md", "## Attendees\n\n- Bo Chen\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        // "tac" has a vowel: only the title says it is an acronym; "tsc" has none, and is one without a title.
        Assert.Equal(["TAC", "TSC"], archive.Series.Select(s => s.Name));
        Assert.Equal(["TAC", "TSC", "TAC", "TSC", "TAC"], archive.Meetings.Select(m => m.Title));
    }

    [Fact]
    public void NumberedFoldersAreDifferentSeries()
    {
        using var content = new TempFolder();
        foreach (var group in new[] { "wg-1", "wg-2" })
            foreach (var day in new[] { "03-05", "03-19" })
                content.Write($"{group}/2024/{group}-{day}.md", "# Working group call\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        Assert.Equal(["WG 1", "WG 2"], archive.Series.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.Equal(2, archive.Meetings.Count(m => m.Series == "wg-2"));
    }

    [Fact]
    public void AFileNamedByItsMonthAndDayNamesNoSeries()
    {
        using var content = new TempFolder();
        content.Write("meetings/2023-07/jul-12.md", "# 12 July, 2023 Standards Committee\n");
        content.Write("meetings/2023-09/26-september.md", "# Standards Committee\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        Assert.Equal(["Standards Committee"], archive.Series.Select(s => s.Name));
        Assert.Equal(["2023-07-12-standards-committee", "2023-09-26-standards-committee"], archive.Meetings.Select(m => m.Id));
    }

    [Fact]
    public void YearAndMonthFoldersAreDatesAndTheFolderAboveThemNamesTheSeries()
    {
        using var content = new TempFolder();
        content.Write("community/meeting-notes/2024/03/08.md", "# Notes\n");
        content.Write("community/meeting-notes/2024/03/15.md", "# Notes\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        Assert.Equal(["Community"], archive.Series.Select(s => s.Name));
        Assert.Equal(["2024-03-08-community", "2024-03-15-community"], archive.Meetings.Select(m => m.Id));
    }

    [Fact]
    public void ASeriesNamedByFileNamesIsSpelledAsTheTitlesSpellItAndAMonthInTheNameIsNoPartOfIt()
    {
        using var content = new TempFolder();
        content.Write("meetings/2024-03-05-tsc.md", "# TSC Meeting 2024-03-05\n");
        content.Write("meetings/2024-03-06-community.md", "# Community Meeting 2024-03-06\n");
        content.Write("meetings/gb-march.md", "# Meeting of the Governing Board\n\n**Date:** March 9, 2024\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        Assert.Equal(["Community", "GB", "TSC"], archive.Series.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AFolderThatOnlySaysMeetingNotesLeavesTheSeriesToItsParent()
    {
        using var content = new TempFolder();
        foreach (var day in new[] { "2024-03-05", "2024-03-19" })
        {
            content.Write($"wg-docs/meeting-notes/{day}.md", "# Notes\n");
            content.Write($"infra-working-group/minutes/{day}.md", "# Notes\n");
        }

        var archive = ArchiveLoader.Load(content.Path).Archive;

        Assert.Equal(["Docs WG", "Infra WG"], archive.Series.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.Equal(2, archive.Meetings.Count(m => m.Series == "docs-wg"));
    }

    [Fact]
    public void TheWordsMostTitlesStartWithAreTheProjectsNameNotTheSeries()
    {
        using var content = new TempFolder();
        content.Write("2024-01-10.md", "# Widget Community Call\n");
        content.Write("2024-01-17.md", "# Widget Community Call\n");
        content.Write("2024-01-18.md", "# Widget Office hours - Meeting 18th January 2024\n");
        content.Write("2024-01-24.md", "# Widget Core Maintainers (monthly)\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        Assert.Equal(["community-call", "community-call", "office-hours", "core-maintainers"], archive.Meetings.Select(m => m.Series));
        Assert.Equal("Community Call", archive.Series[0].Name);
    }

    [Fact]
    public void CallsInNotesThatNameNoSeriesGoWithTheBusiestSeriesAndTheirCopiesMerge()
    {
        using var content = new TempFolder();
        const string call = "## 2021-06-09\n\n### Agenda\n\n- release plan\n";
        content.Write("2021-06-02.md", "# Widget Community Call\n\n## 2021-06-02\n\n- one\n");
        content.Write("2021-06-09.md", "# Widget Community Call\n\n" + call);
        content.Write("release-1.2.0.md", call);

        var archive = ArchiveLoader.Load(content.Path).Archive;

        Assert.Equal(["2021-06-02-widget-community-call", "2021-06-09-widget-community-call"], archive.Meetings.Select(m => m.Id));
        Assert.Equal(["2021-06-09.md", "release-1.2.0.md"], archive.Meetings[1].Sources.Select(s => s.File));
        Assert.Equal("Widget Community Call", Assert.Single(archive.Series).Name);
    }

    [Fact]
    public void ACallWhoseNoteNamesNothingIsTitledByTheSeriesItJoins()
    {
        using var content = new TempFolder();
        content.Write("2021-06-02.md", "# Widget Community Call\n\n- one\n");
        content.Write("2021-06-09.md", "# Widget Community Call\n\n- two\n");
        content.Write("release-1.2.0.md", "## 2021-06-16\n\n- three\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        var untitled = archive.Meetings.Single(m => m.Date == new DateOnly(2021, 6, 16));
        Assert.Equal(("widget-community-call", "Widget Community Call"), (untitled.Series, untitled.Title));
    }

    [Fact]
    public void NotesTitledOnlyMeetingNotesAreTitledByTheirSeries()
    {
        // A folder per group, each note headed "# Meeting notes": every call was titled "Meeting notes".
        using var content = new TempFolder();
        content.Write("wg-security/2024-04-02.md", "# Meeting notes\n\nDate: 2024-04-02\n\n- one\n");
        content.Write("wg-security/2024-04-09.md", "# Minutes\n\nDate: 2024-04-09\n\n- two\n");
        content.Write("wg-docs/2024-04-03.md", "# Docs WG: Meeting Notes 2024-04-03\n\n- three\n");
        content.Write("wg-docs/2024-04-10.md", "# Meeting 12\n\nDate: 2024-04-10\n\n- four\n");

        var archive = ArchiveLoader.Load(content.Path).Archive;

        Assert.Equal([("security-wg", "Security WG"), ("docs-wg", "Docs WG"), ("security-wg", "Security WG"), ("docs-wg", "Meeting 12")],
            archive.Meetings.Select(m => (m.Series, m.Title)));
    }

    [Fact]
    public void ReferencesWithoutTheirRepositoryGoWhereTheNotesLinkMost()
    {
        using var content = new TempFolder();
        content.Write("2024-01-10.md", """
            ## 2024-01-10

            - [rust#1](https://github.com/rust-lang/rust/pull/1) and [rust#2](https://github.com/rust-lang/rust/pull/2)
            - [rfc](https://github.com/rust-lang/rfcs/pull/3) and [other](https://github.com/someone/rust/issues/4)
            - bare PR #5, short rust#6, owner-less compiler-team#7
            """);

        var result = ArchiveLoader.Load(content.Path);

        Assert.Equal(
            ["rust-lang/compiler-team#7", "rust-lang/rfcs#3", "rust-lang/rust#1", "rust-lang/rust#2", "rust-lang/rust#5", "rust-lang/rust#6", "someone/rust#4"],
            result.Archive.References.Select(r => r.Key.ToString()));
        Assert.Equal("rust-lang/rust", result.Archive.ReferenceDefaults.Repository);
    }

    [Fact]
    public void BareNumbersStayTextWithAWarningWhenTheNotesLinkNoRepository()
    {
        using var content = new TempFolder();
        content.Write("2024-01-10.md", "## 2024-01-10\n\n- see #12 and #13\n");

        var result = ArchiveLoader.Load(content.Path);

        Assert.Empty(result.Archive.References);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("2024-01-10.md:3: warning: 2 reference(s) written without their repository (like #12) stay text: the notes link no GitHub repository to take it from; set default_repo: OWNER/REPO in archive.yml", warning.ToString());
    }

    [Fact]
    public void WhenPathAndTextDisagreeTheDateOnTheSeriesWeekdayWins()
    {
        using var content = new TempFolder();
        // Mondays, and one note whose title says Sunday (the file name's Monday is right), and one whose file
        // name says Tuesday while its title says Monday (the title is right).
        foreach (var day in new[] { "2018-10-01", "2018-10-08", "2018-10-15", "2018-10-22", "2018-10-29" })
            content.Write($"2018/{day}.md", $"# Council Meeting {day}\n");
        content.Write("2018/2018-11-05.md", "# Council Meeting 2018-11-04\n");
        content.Write("2018/2018-11-13.md", "# Council Meeting 2018-11-12\n");

        var result = ArchiveLoader.Load(content.Path);

        Assert.Contains(result.Archive.Meetings, m => m.Id == "2018-11-05-council");
        Assert.Contains(result.Archive.Meetings, m => m.Id == "2018-11-12-council");
        Assert.Contains(result.Diagnostics, d => d.ToString() == "2018/2018-11-05.md:1: warning: the path says 2018-11-05 but the note says 2018-11-04 (2018-11-05 is taken: it is a Monday, like the series' other calls); rename the file or fix the date");
        Assert.Contains(result.Diagnostics, d => d.ToString() == "2018/2018-11-13.md:1: warning: the path says 2018-11-13 but the note says 2018-11-12 (the note's date wins); rename the file or fix the date");
    }
}
