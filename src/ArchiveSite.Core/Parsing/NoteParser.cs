using ArchiveSite.Diagnostics;
using ArchiveSite.Loading;
using ArchiveSite.Markdown;
using ArchiveSite.Model;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ArchiveSite.Text;

namespace ArchiveSite.Parsing;

/// <summary>
/// Splits a note into its calls and reads each. A call starts at a heading that begins with a date
/// (<c>## 2020-05-13</c>, <c># 2023-06-08 Falco Core Maintainers</c>); a note with no such heading is one
/// call dated by its front matter, its title (<c>Meeting 6th June 2019</c>) or its file name.
/// </summary>
public static partial class NoteParser
{
    private const int MaxDateHeadingLevel = 3;

    private const string TooDeeplyNested = "lists, quotes or emphasis are nested too deeply to read; flatten the nesting in this note";

    private sealed record DateHeading(int Index, DateOnly Date, string Rest, HeadingBlock Block);

    public static IReadOnlyList<ParsedMeeting> Parse(NoteSource source, DiagnosticBag diagnostics)
    {
        var note = new NoteContext(source.File, source.Body, source.BodyFirstLine, diagnostics);
        diagnostics.AddRange(ProfileLinkLint.Check(source.File, source.Body, source.BodyFirstLine));
        if (ContainerDepth.FirstTooDeep(source.Body) is { } deepLine)
        {
            diagnostics.Add(Diagnostic.Error(source.File, source.BodyFirstLine + deepLine, 1, TooDeeplyNested));
            return [];
        }
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(source.Body, NotePipeline.Instance);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.Ordinal))
        {
            // Markdig bounds its own recursion and says so with this exception; the note is unreadable as written.
            diagnostics.Add(Diagnostic.Error(source.File, source.BodyFirstLine, 1, TooDeeplyNested));
            return [];
        }
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (BoundedAutoLinks.WasCapped(leaf))
                diagnostics.Add(Diagnostic.Warning(source.File, note.FileLine(leaf),
                    $"this paragraph has more than {BoundedAutoLinks.PerBlock} bare web addresses; the rest are shown as text (write them as a list, or as [links](...))"));
            if (BoundedEmphasis.WasCapped(leaf))
                diagnostics.Add(Diagnostic.Warning(source.File, note.FileLine(leaf),
                    $"this paragraph has more than {BoundedEmphasis.PerBlock} runs of emphasis marks (* _ ~); the rest are shown as text (break it into lines or paragraphs)"));
            if (BoundedLinkOpeners.WasCapped(leaf))
                diagnostics.Add(Diagnostic.Warning(source.File, note.FileLine(leaf),
                    $"this paragraph has more than {BoundedLinkOpeners.OpenPerBlock} '[' that no ']' closes; the rest are shown as text (close or escape them: \\[)"));
        }
        foreach (var line in InvisibleLinkCharacters.TrimmedLines(document).Distinct())
            diagnostics.Add(Diagnostic.Warning(source.File, note.FileLine(line),
                "a link's address here starts or ends with invisible characters (a zero-width space or direction mark pasted with it); it was read without them (delete them from the note)"));
        var blocks = document.ToList();
        var path = PathDate.Read(source.File);
        var dateHeadings = FindDateHeadings(note, blocks, path, diagnostics);
        // Only in a note that nothing else dates: "2024-03-05.md" holding "## Update from 2024-02-27" twice is one call.
        if (dateHeadings.Count == 0 && path.Date is null && source.FrontMatter.Date is null) dateHeadings = PrefixedDateHeadings(blocks);
        // "# T-compiler Meeting Agenda 2020-12-31" above "### 2020-12-24" (a performance log's entry): a note
        // whose title names one date is that one call, and the dated headings below it are its sections.
        if (dateHeadings.Count > 0 && TitleDate(blocks, dateHeadings) is not null) dateHeadings.Clear();
        // Front matter's title names the note as its heading would ("title: Steering Committee" above "# Agenda").
        var title = source.FrontMatter.Title ?? FindTitle(note, blocks, dateHeadings);
        // Provisional unless front matter names it: the resolver places the note with archive.yml's rules and
        // what all the notes' titles share (SeriesAssignment).
        var series = source.FrontMatter.Series is { } s ? SeriesNames.FromFrontMatter(s) : SeriesNames.Infer(source.File, title, []).Series;
        var displayTitle = CallTitle.WithoutDate(title) ?? series.Name;

        if (dateHeadings.Count == 0)
        {
            var titled = source.FrontMatter.Date is null ? DateFromTitles(blocks) : null;
            var date = source.FrontMatter.Date ?? titled?.Date ?? path.Date ?? MonthDayFromTitle(blocks, path.Year);
            if (titled is { Guessed: { } guess } && date == titled.Value.Date) WarnGuessed(note, titled.Value.Block, guess, titled.Value.Date);
            if (date is null && OpeningDate(blocks) is { } opening)
            {
                date = opening.Date;
                if (opening.Guessed is { } openingGuess) WarnGuessed(note, opening.Block, openingGuess, opening.Date);
                // "**Date:** Tuesday, 5th of March 2024" says which day as plainly as front matter would; other lines only may.
                if (opening.Guessed is not null || !DateLabel().IsMatch(InlineText.Plain((LeafBlock)opening.Block)))
                    diagnostics.Add(Diagnostic.Warning(source.File, note.FileLine(opening.Block),
                        $"dated {opening.Date:yyyy-MM-dd} by the first date in its opening lines, as neither its path nor its title gives one; add 'date: {opening.Date:yyyy-MM-dd}' to its front matter to be sure"));
            }
            YearlessDate? yearless = null;
            if (date is null && YearlessLine(note, blocks) is { } found)
            {
                // "# Interop Workshop 2024" over "## Day 1 — June 4": the year the title or the path names; else
                // provisional, and the resolver gives the year from the notes beside this one, or reports it undated.
                if ((TitleYear(title) ?? path.Year) is { } known && found.Day <= DateTime.DaysInMonth(known, found.Month))
                    date = new DateOnly(known, found.Month, found.Day);
                else
                {
                    yearless = found;
                    date = new DateOnly(2000, found.Month, found.Day);
                }
            }
            if (date is null)
            {
                diagnostics.Add(source.Body.Trim().Length == 0
                    ? Diagnostic.Warning(source.File, source.BodyFirstLine, "this note is empty: there is no call to publish from it (write its minutes, or delete it)")
                    : Diagnostic.Error(source.File, source.BodyFirstLine, 1, NoDateMessage));
                return [];
            }
            // "## Day 1 — June 4", "## Day 2": a meeting of several days is a call per day.
            if (yearless is null && DayHeadings(blocks, date.Value) is { Count: >= 2 } days) dateHeadings = days;
            else
            {
                var lastLine = note.FileLine(LastLineOf(source.Body));
                // The page shows the title as its h1: the call's text starts after it.
                var firstText = ShowsTitle(blocks, source.FrontMatter.Title) is { } shown ? note.LineOf(shown.Span.End) + 1 : 0;
                var call = Described(Read(note, blocks, [], date.Value, series, displayTitle, "", false, source.BodyFirstLine, lastLine, (firstText, note.Lines.Length - 1)), true);
                return [yearless is null ? call : call with { Yearless = yearless }];
            }
        }
        else if (source.FrontMatter.Date is { } fmDate && dateHeadings.Count > 1)
            diagnostics.Add(Diagnostic.Warning(source.File, 1,
                $"front matter date {fmDate:yyyy-MM-dd} is ignored: this note holds {dateHeadings.Count} calls, each dated by its heading"));

        var header = blocks.GetRange(0, dateHeadings[0].Index);
        var meetings = new List<ParsedMeeting>(dateHeadings.Count);
        var lines = note.Lines;
        for (var i = 0; i < dateHeadings.Count; i++)
        {
            var heading = dateHeadings[i];
            var end = i + 1 < dateHeadings.Count ? dateHeadings[i + 1].Index : blocks.Count;
            var section = blocks.GetRange(heading.Index + 1, end - heading.Index - 1);
            var firstBodyLine = heading.Block.Line + 1;
            var lastBodyLine = i + 1 < dateHeadings.Count ? dateHeadings[i + 1].Block.Line - 1 : lines.Length - 1;
            while (lastBodyLine > firstBodyLine && string.IsNullOrWhiteSpace(lines[lastBodyLine])) lastBodyLine--;
            var date = dateHeadings.Count == 1 && source.FrontMatter.Date is { } overridden ? overridden : heading.Date;
            // "# Mar 5, 2024 | SIG Widgets weekly" under a note titled the same: no subtitle that repeats the title.
            var callTitle = CallTitle.Subtitle(heading.Rest) is { Length: > 0 } subtitle && heading.Index > 0
                && !string.Equals(CallTitle.WithoutDate(subtitle) ?? subtitle, displayTitle, StringComparison.OrdinalIgnoreCase) ? $"{displayTitle}: {subtitle}" : displayTitle;
            meetings.Add(Described(Read(note, section, header, date, series, callTitle, heading.Rest, StartsStruckThrough(heading.Block),
                note.FileLine(heading.Block), note.FileLine(lastBodyLine), (firstBodyLine, lastBodyLine)), dateHeadings.Count == 1));
        }
        return meetings;

        // What the resolver needs of the note besides the call: its title (series across notes), whether front
        // matter fixed the series, and for a note of one call dated by its text, the path's date (disputes).
        // Front matter's attendees and chair belong to a note of one call; in a note of several, to none of them.
        ParsedMeeting Described(ParsedMeeting call, bool onlyCall) => call with
        {
            NoteTitle = title,
            SeriesIsFixed = source.FrontMatter.Series is not null,
            PathDate = onlyCall && source.FrontMatter.Date is null ? path.Date : null,
            Attendees = onlyCall ? [.. call.Attendees, .. People(source.FrontMatter.Attendees)] : call.Attendees,
            Mcs = onlyCall ? [.. call.Mcs, .. People(source.FrontMatter.Chairs)] : call.Mcs,
        };
    }

    // A heading whose first words are struck through (~~2024-03-12~~), as notes mark a call that did not take place.
    private static bool StartsStruckThrough(HeadingBlock heading) =>
        heading.Inline?.FirstOrDefault(i => i is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace())
            is Markdig.Syntax.Inlines.EmphasisInline { DelimiterChar: '~', DelimiterCount: 2 };

    private static IEnumerable<PersonEntry> People(IReadOnlyList<WrittenName> names) =>
        names.Select(n => PersonEntryParser.Parse(n.Text, n.Line)).OfType<PersonEntry>();

    private static ParsedMeeting Read(NoteContext note, IReadOnlyList<Block> section, IReadOnlyList<Block> header,
        DateOnly date, Series series, string title, string headingRest, bool dateStruck, int line, int lastLine, (int First, int Last) text)
    {
        var nodes = MarkdownNodes.All(section);
        var deepLine = RawHtmlDepth.FirstTooDeep(nodes);
        if (deepLine is not null)
            note.Diagnostics.Add(Diagnostic.Error(note.File, note.FileLine(deepLine.Value), 0,
                $"the raw HTML in this call nests more than {RawHtmlDepth.Limit} elements deep; close its tags or write it in Markdown"));
        var reader = new MeetingSectionReader(note);
        reader.NoteHeadingCancellation(headingRest);
        // "## ~~2024-03-12~~": the date struck through says the call did not happen.
        if (dateStruck) reader.NoteStruckDate();
        reader.Read(section);
        var references = new ReferenceCollector(note);
        references.Collect(section);
        var links = MeetingLinks.InHeader(header).Concat(MeetingLinks.InSection(section)).DistinctBy(l => l.Url).ToList();
        var minutes = MinutesLines.Read(note, section, reader.PeopleBlocks);
        return new ParsedMeeting
        {
            File = note.File,
            Line = line,
            LastLine = lastLine,
            Date = date,
            Series = series,
            Title = title,
            Cancelled = reader.Cancelled,
            Links = links,
            Mcs = reader.Mcs,
            Attendees = RosterDuplicates.Merge(reader.Attendees),
            NextMc = reader.NextMc,
            Sections = reader.Sections,
            Agenda = reader.Agenda,
            References = references.Mentions,
            Markdown = CallText(note, text.First, text.Last, reader.RosterBlocks) + DefinitionsElsewhere(note, nodes, text),
            RelativeAddresses = NoteAddresses.Relative(nodes).Select(a => a with { Line = note.FileLine(a.Line) }).ToList(),
            MarkdownFileLinks = NoteAddresses.ToMarkdownFiles(nodes).Distinct(StringComparer.Ordinal).ToList(),
            RawHtmlTooDeep = deepLine is not null,
            Statements = minutes.Statements,
            Decisions = minutes.Decisions,
            Actions = minutes.Actions,
        };
    }

    /// <summary>What the error for an undated note says: every form of date that is understood.</summary>
    public const string NoDateMessage =
        "no date found for this call; date it in one of the ways understood: a heading that starts with the date "
        + "('## 2020-05-13', '# May 13, 2020 Community Call'), a front matter line 'date: 2020-05-13', a date in the title, "
        + "a date in the path (2020-05-13.md, 2020/2020-05-13-triage.md), or a year folder with month and day "
        + "(2020/call-05-13.md, 2020-05/may-13.md, or 2020/notes.md with a title like '# May 13'); if it is not minutes, "
        + "leave it out with exclude: in archive.yml (archive-site init writes it)";

    private static List<DateHeading> FindDateHeadings(NoteContext note, List<Block> blocks, PathDate path, DiagnosticBag diagnostics)
    {
        var found = new List<DateHeading>();
        var mistyped = new List<(HeadingBlock Heading, string Text)>();
        // A heading may name only month and day ("## May 08") when a folder or the file gives the year. Where the
        // path already names the day, only the note's title may: a later "### May 15 release" is no new call.
        var firstHeading = blocks.FindIndex(b => b is HeadingBlock);
        var year = path.Date is null || path.Composed ? path.Year : null;
        // "## 2024" over "### Mar 5" and "### Feb 27": a running log's year heading gives the year of the days below it.
        (int Year, int Level)? yearHeading = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not HeadingBlock { Level: <= MaxDateHeadingLevel } heading) continue;
            var text = InlineText.Plain(heading);
            if (path.Date is null && YearAlone().Match(text.Trim()) is { Success: true } yearAlone)
            {
                yearHeading = (int.Parse(yearAlone.Value, System.Globalization.CultureInfo.InvariantCulture), heading.Level);
                continue;
            }
            if (yearHeading is { } above && heading.Level <= above.Level) yearHeading = null;
            var headingYear = (path.Date is null || i == firstHeading ? year : null) ?? yearHeading?.Year;
            if (!DateText.TryParseLeading(text, out var date, out var rest, out var valid, headingYear))
            {
                if (DateText.LooksLikeDate(text)) mistyped.Add((heading, text));
                continue;
            }
            if (!valid)
            {
                diagnostics.Add(Diagnostic.Error(note.File, note.FileLine(heading), heading.Column + heading.Level + 2,
                    $"heading '{text}' starts with a date that does not exist; write the call's date as yyyy-mm-dd"));
                continue;
            }
            found.Add(new DateHeading(i, date, rest, heading));
        }
        // In a note of several calls, a heading at the level of the date headings that starts like a date
        // but is not one would silently fold its call into the one above: say so instead.
        var levels = found.Select(h => h.Block.Level).ToHashSet();
        foreach (var (heading, text) in mistyped.Where(m => levels.Contains(m.Heading.Level)))
            diagnostics.Add(Diagnostic.Error(note.File, note.FileLine(heading), heading.Column + heading.Level + 2,
                $"heading '{text}' looks like a call's date but cannot be read as one, so its call would be merged into the call above; write the date as yyyy-mm-dd (2021-05-26) or 'May 26, 2021'"));
        return found;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:19|20)[0-9]{2}$")]
    private static partial System.Text.RegularExpressions.Regex YearAlone();

    // "## Meeting 2024-03-05", "## Week of March 4, 2024", "# TSC Meeting (2025-01-07)", "## Meeting 42 – 2024-01-10": two
    // or more headings of one level that name a full date after the same few words (a meeting's number among them) are
    // calls too, in a note that nothing else dates. One such heading alone is a section ("## Follow-up from 2024-02-27").
    private static List<DateHeading> PrefixedDateHeadings(List<Block> blocks)
    {
        var groups = new Dictionary<(int Level, string Prefix), List<DateHeading>>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not HeadingBlock { Level: <= MaxDateHeadingLevel } heading) continue;
            var words = InlineText.Plain(heading).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // One to three words before the date, of letters only ("Meeting", "Week of", "TSC sync on"), and the
            // meeting's number and a dash between ("Meeting 42 –", "Call #7:"), which the headings of one note share in form.
            // At most six tokens in all: each try joins the rest of the heading, so a bound keeps a heading's cost linear.
            var wordsSeen = 0;
            for (var k = 1; k <= Math.Min(6, words.Length - 1) && IsPrefixWord(words[k - 1], ref wordsSeen); k++)
            {
                // "# TSC Meeting (2025-01-07)": the date in brackets after the words.
                var dated = string.Join(' ', words[k..]);
                var bracketed = dated.StartsWith('(') || dated.StartsWith('[');
                if (!DateText.TryParseLeading(bracketed ? dated[1..] : dated, out var date, out var rest, out var valid) || !valid) continue;
                if (bracketed) rest = rest.TrimStart().TrimStart(')', ']').Trim();
                var key = (heading.Level, MeetingNumber().Replace(string.Join(' ', words[..k]), "#").Trim(':', '-', '–', '—', ',', ' ').ToLowerInvariant());
                if (!groups.TryGetValue(key, out var group)) groups[key] = group = [];
                group.Add(new DateHeading(i, date, rest, heading));
                break;
            }
        }
        return groups.Values.Where(g => g.Count >= 2 && g.DistinctBy(h => h.Date).Count() == g.Count)
            .OrderBy(g => g[0].Index).FirstOrDefault() ?? [];
    }

    private static bool IsPrefixWord(string word, ref int wordsSeen)
    {
        if (word.All(c => c is '-' or '–' or '—' or ':')) return true;
        if (MeetingNumber().Match(word) is { Success: true, Index: 0 } number && number.Length == word.Length) return true;
        return word.All(c => char.IsLetter(c) || c is '\'' or '’' or ':' or '-' or '–' or '—' or ',') && ++wordsSeen <= 3;
    }

    // A meeting's number in a heading: "42", "#42", "42:", "No.42" is not one.
    [System.Text.RegularExpressions.GeneratedRegex(@"#?[0-9]{1,4}:?")]
    private static partial System.Text.RegularExpressions.Regex MeetingNumber();

    // "## Day 1 — June 4", "## Day 2", "### Day 3: Friday June 6": the days of one meeting, each a call. A day's own
    // month and day (in the note's year) dates it; else the day before it, plus the days between their numbers; else
    // the note's date for day 1. Only headings of one level, and only two or more of them.
    private static List<DateHeading> DayHeadings(List<Block> blocks, DateOnly noteDate)
    {
        var days = new List<DateHeading>();
        (int Number, DateOnly Date)? previous = null;
        int? level = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not HeadingBlock heading || DayHeading().Match(InlineText.Plain(heading)) is not { Success: true } day) continue;
            if ((level ??= heading.Level) != heading.Level) continue;
            var number = int.Parse(day.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var rest = day.Groups["rest"].Value;
            var date = DateText.TryParseLeading(rest, out var own, out _, out var valid, noteDate.Year) && valid ? own
                : DateText.TryFindMonthDay(rest, noteDate.Year, out var named) ? named
                : previous is { } before ? before.Date.AddDays(Math.Max(1, number - before.Number))
                : noteDate.AddDays(Math.Max(0, number - 1));
            days.Add(new DateHeading(i, date, InlineText.Plain(heading), heading));
            previous = (number, date);
        }
        return days.Count >= 2 && days.Select(d => d.Date).Distinct().Count() == days.Count ? days : [];
    }

    // The one year a title names ("Interop Workshop 2024"); null for none or several.
    private static int? TitleYear(string? title)
    {
        if (title is null) return null;
        var years = TitleYears().Matches(title).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        return years.Count == 1 ? years[0] : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![0-9.-])(?:19|20)[0-9]{2}(?![0-9.-])")]
    private static partial System.Text.RegularExpressions.Regex TitleYears();

    [System.Text.RegularExpressions.GeneratedRegex(@"^day\s+(?<n>[0-9]{1,2})\b\s*[-–—:,.]?\s*(?<rest>.*)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DayHeading();

    // The note's title: its first heading that is not a date heading, above the first call; or the text
    // after the date of a note that is one call ("# 2023-06-08 Falco Core Maintainers (monthly)").
    private static string? FindTitle(NoteContext note, List<Block> blocks, List<DateHeading> dateHeadings)
    {
        var limit = dateHeadings.Count > 0 ? dateHeadings[0].Index : blocks.Count;
        var heading = blocks.Take(limit).OfType<HeadingBlock>().FirstOrDefault();
        if (heading is not null && (CallTitle.IsMetadataLine(InlineText.Plain(heading)) || OnlyALink(heading)))
        {
            // "### Meeting Date/Time: May 25, 2023" over "## Execution Layer Meeting 162 [2023-05-25]": the particulars'
            // headings give the call's date, not its name; the name is a heading among them that says which call it
            // is (its date, or "Meeting 162"), else there is none ("## Kiln office hours" below them is a section).
            heading = null;
            foreach (var block in blocks.Take(limit).SkipWhile(b => b is not HeadingBlock))
            {
                if (block is not HeadingBlock next) break;
                var text = InlineText.Plain(next);
                if (CallTitle.IsMetadataLine(text) || OnlyALink(next)) continue;
                if (DateText.TryFind(text, out _, out _) || CallTitle.NamesACall(text)) heading = next;
                break;
            }
        }
        if (heading is not null) return InlineText.Plain(heading);
        if (dateHeadings.Count > 0 && dateHeadings[0].Rest.Length > 0 && !CallTitle.IsMetadataLine(dateHeadings[0].Rest)) return dateHeadings[0].Rest;
        // "# TSC Meeting (2025-01-07)" first of its kind, nothing above it: the words before the date name the call.
        if (dateHeadings.Count > 0 && InlineText.Plain(dateHeadings[0].Block) is var first && !DateText.TryParseLeading(first, out _, out _, out _)
            && CallTitle.WithoutDate(first) is { Length: > 0 }) return first;
        // No heading above the first call: the note's opening line may name it ("**Steering Council meeting**").
        if (blocks.Take(limit).OfType<HeadingBlock>().Any()
            || blocks.FirstOrDefault(b => b is not (HtmlBlock or LinkReferenceDefinitionGroup)) is not ParagraphBlock opening) return null;
        var plain = InlineText.Plain(opening).Split('\n');
        return CallTitle.FromOpeningLine(note.FirstRawLine(opening), plain[0], plain.Length > 1 ? plain[1] : null);
    }

    // "### [GitHub Agenda](https://…)": a link in a heading's place, not the call's name.
    private static bool OnlyALink(HeadingBlock heading) =>
        heading.Inline is { } inline && inline.Where(i => i is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace()).ToList() is [LinkInline];

    private static (DateOnly Date, DateText.Doubt? Guessed, Block Block)? DateFromTitles(List<Block> blocks)
    {
        foreach (var heading in blocks.OfType<HeadingBlock>())
        {
            var text = InlineText.Plain(heading);
            if (!NamesTheNextCall(text) && DateText.TryFind(text, out var date, out var guessed)) return (date, guessed, heading);
        }
        return null;
    }

    // "## Time: 2/10/2017": February 10 or 2 October; the US order is taken, and the note is told. "Friday 08 Jan
    // 2020" for a call in 2021: the year the weekday gives is taken, and the note is told.
    private static void WarnGuessed(NoteContext note, Block block, DateText.Doubt doubt, DateOnly date) =>
        note.Diagnostics.Add(Diagnostic.Warning(note.File, note.FileLine(block),
            $"read '{doubt.Written}' as {date:yyyy-MM-dd} ({doubt.Reason}); write {date:yyyy-MM-dd}, or the weekday, to be sure"));

    // "Date: …", "**Meeting date**: …", "When: …": a line that gives the call's date.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(?:(?:meeting|call)\s+)?(?:date|when|date\s*(?:/|and)\s*time|datum|fecha)\W*:", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DateLabel();

    // "### Next meeting Thursday 2024/7/25", "Date for next meeting: …": the next call's date, never this one's.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(?:(?:date|time)s?\s+(?:for|of)\s+(?:the\s+)?)?next\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NextCall();

    private static bool NamesTheNextCall(string text) => NextCall().IsMatch(text);

    // "## Agenda for the January 30th video call" in a note whose folder gives the year.
    private static DateOnly? MonthDayFromTitle(List<Block> blocks, int? year)
    {
        if (year is not { } y || blocks.OfType<HeadingBlock>().FirstOrDefault() is not { } title) return null;
        return DateText.TryFindMonthDay(InlineText.Plain(title), y, out var date) ? date : null;
    }

    // The last resort: "Issues snapshot collected on 2025-07-17" in the paragraphs under the title.
    private static (DateOnly Date, DateText.Doubt? Guessed, Block Block)? OpeningDate(List<Block> blocks)
    {
        var headings = 0;
        foreach (var block in blocks)
        {
            if (block is HeadingBlock && ++headings > 1) break;
            if (block is ParagraphBlock paragraph && InlineText.Plain(paragraph) is var text && !NamesTheNextCall(text)
                && DateText.TryFind(text, out var date, out var guessed)) return (date, guessed, block);
        }
        return null;
    }

    // "### Meeting Date/Time: Thursday, November 7 at 1400 UTC": a month and day without a year in the title or in a
    // date or time line of the note's opening (its first few headings), never the next call's.
    private static YearlessDate? YearlessLine(NoteContext note, List<Block> blocks)
    {
        var headings = 0;
        foreach (var block in blocks)
        {
            if (block is HeadingBlock && ++headings > 4) break;
            if (block is not (HeadingBlock or ParagraphBlock)) continue;
            var text = InlineText.Plain((LeafBlock)block);
            if ((headings == 1 && block is HeadingBlock || DateOrTimeLabel().IsMatch(text) || block is HeadingBlock && DayHeading().IsMatch(text)) && !NamesTheNextCall(text)
                && DateText.TryFindYearless(text, out var month, out var day, out var weekday, out var written))
                return new YearlessDate(month, day, weekday, written, note.FileLine(block));
        }
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:date|time|when)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DateOrTimeLabel();

    // The title above the first date heading, at a higher level than it, naming exactly one date.
    private static DateOnly? TitleDate(List<Block> blocks, List<DateHeading> dateHeadings)
    {
        if (blocks.Take(dateHeadings[0].Index).OfType<HeadingBlock>().FirstOrDefault() is not { } title
            || title.Level >= dateHeadings.Min(h => h.Block.Level)) return null;
        var text = InlineText.Plain(title);
        return DateText.TryFind(text, out var date) && DateText.CountDates(text) == 1 ? date : null;
    }

    /// <summary>
    /// The heading the call's page shows as its h1 when the note is one call and opens with it: its title
    /// (unless front matter names another), or a heading that dates the call. Rendering leaves it out.
    /// </summary>
    private static HeadingBlock? ShowsTitle(List<Block> blocks, string? frontMatterTitle) =>
        blocks.Count > 0 && blocks[0] is HeadingBlock heading
            && (frontMatterTitle is null || DateText.TryFind(InlineText.Plain(heading), out _))
            ? heading : null;

    /// <summary>
    /// The call's own text for its page: body lines <paramref name="first"/>..<paramref name="last"/> without the
    /// roster's blocks, which the page shows as lists of its own.
    /// </summary>
    private static string CallText(NoteContext note, int first, int last, IReadOnlyCollection<Block> roster)
    {
        var lines = note.Lines;
        if (first > last) return "";
        if (roster.Count == 0) return string.Join('\n', lines[first..(last + 1)]).TrimEnd('\n');
        var skipped = new bool[last - first + 1];
        foreach (var block in roster)
            for (var l = Math.Max(block.Line, first); l <= Math.Min(note.LineOf(block.Span.End), last); l++) skipped[l - first] = true;
        var kept = new List<string>(skipped.Length);
        for (var l = first; l <= last; l++)
            if (!skipped[l - first]) kept.Add(lines[l]);
        return string.Join('\n', kept).TrimEnd('\n');
    }

    /// <summary>
    /// The link reference definitions this call's links use that the note gives outside the call's lines
    /// (<c>[roadmap][rm]</c> in the first call, <c>[rm]: https://…</c> at the note's end), as lines to append to its
    /// text: each call's page is rendered from its own text, and must link what the note links. Markdig matched
    /// each link to its definition when it read the whole note; linear in the call's links.
    /// </summary>
    private static string DefinitionsElsewhere(NoteContext note, List<MarkdownObject> nodes, (int First, int Last) text)
    {
        var definitions = nodes.OfType<LinkInline>().Select(l => l.Reference).OfType<LinkReferenceDefinition>()
            .Where(d => d.Line < text.First || d.Line > text.Last).Distinct().OrderBy(d => d.Line).ToList();
        if (definitions.Count == 0) return "";
        var lines = new StringBuilder("\n");
        foreach (var definition in definitions)
            for (var l = definition.Line; l <= Math.Min(note.LineOf(definition.Span.End), note.Lines.Length - 1); l++)
                lines.Append('\n').Append(note.Lines[l]);
        return lines.ToString();
    }

    private static int LastLineOf(string body)
    {
        var lines = body.TrimEnd().Split('\n');
        return lines.Length - 1;
    }
}
