using System.Text.RegularExpressions;

namespace ArchiveSite.Parsing;

/// <summary>
/// A roster or chair label at the start of a line: <c>**MC:** Name</c>, <c>**Who joined**:</c>, <c>- **MC Next Call**: Leo</c>,
/// or without emphasis when what follows is names (<c>Attendance: Ana Lima, Bo Chen</c>, <c>Chair: Ana</c>), and
/// <c>Hosted by Ana</c>. A host that is a meeting tool (<c>Host: Google Meet</c>) is no chair.
/// </summary>
internal static partial class LabelLine
{
    [GeneratedRegex(@"^\s*(?:[-*+]\s+)?(?:\*\*|__)(?<label>[^*_]{1,40}?)\s*:?\s*(?:\*\*|__)\s*:?\s*(?<rest>.*)$")]
    private static partial Regex Label();

    // "#Attendees", "##Present": hashes with no space, which Markdown reads as a paragraph.
    [GeneratedRegex(@"^\s{0,3}#{1,6}(?<label>[^#\s][^#]{0,40}?)\s*#*\s*$")]
    private static partial Regex UnspacedHeading();

    public static bool TryReadUnspacedHeading(string line, out SectionKind kind)
    {
        kind = UnspacedHeading().Match(line) is { Success: true } m ? SectionKinds.Classify(m.Groups["label"].Value) : SectionKind.Content;
        return kind != SectionKind.Content;
    }

    // "Attendance: Ana Lima, Bo Chen (Acme)", "Chair: Ana", "- Present:", "Chair(s): Ana, Bo", "Attendees (5): …": the label without emphasis.
    [GeneratedRegex(@"^\s*(?:[-*+]\s+)?(?<label>\p{L}[\p{L}' -]{1,30}?(?:\s?\([\p{L}\p{N} ]{1,40}\))?)\s*:\s*(?<rest>.*)$")]
    private static partial Regex PlainLabel();

    [GeneratedRegex(@"^\s*(?:[-*+]\s+)?(?<label>\p{L}[\p{L}' ]{1,30}?)\s+[-–—]\s+(?<rest>\S.*)$")]
    private static partial Regex DashLabel();

    // "Hosted by Ana Lima", "Chaired by Bo Chen.", "Led by: Cy Dube", "The meeting was chaired by Ana Lima.", "Meeting called to order at
    // 10:02 by Ana Lima.", "Ana Lima chaired the meeting.": the chair in a sentence of its own, or the first of a line's
    // sentences ("Chaired by Ana Lima. Minutes taken by Bo Chen."), but never cut at an initial ("Ana J. Lima").
    [GeneratedRegex(@"^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:(?:the\s+)?(?:meeting|call)\s+(?:was\s+)?)?(?:hosted|chaired|facilitated|moderated|led|presided(?:\s+over)?|(?:(?:was\s+)?called\s+to\s+order(?:\s+at\s+[0-9:.]+\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?))\s+by(?:\*\*|__)?:?\s+(?<rest>[^.]+?)" + NextSentence + @"\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ChairedBy();

    [GeneratedRegex(@"^\s*(?:[-*+]\s+)?(?<rest>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:chaired|facilitated|moderated|hosted|called)\s+(?:the\s+)?(?:meeting|call)(?:\s+to\s+order)?\b[^.]{0,40}" + NextSentence + @"\.?\s*$")]
    private static partial Regex NameChaired();

    // Another sentence after the chair's: a full stop not after an initial, then a word (not "J." of "Ana J. Lima").
    private const string NextSentence = @"(?:(?<!\s\p{Lu})\.\s+(?-i:\p{Lu}\p{Ll}).*)?";

    // What hosts a call without being a person: "Host: Google Meet", "Host: Zoom (link in the invite)".
    [GeneratedRegex(@"^\W*(?:zoom|google meet|meet|jitsi|teams|microsoft teams|webex|youtube|discord|slack|bluejeans|gotomeeting|hangouts?|skype|twitch|matrix|irc)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingTool();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escaped();

    // What a name may carry that is not a word of it: "(Acme)", "[@ana](https://github.com/ana)", "<mailto:…>".
    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]\([^)]*\)|<[^>]*>")]
    private static partial Regex Asides();

    public static bool TryRead(string line, out SectionKind kind, out string rest)
    {
        kind = SectionKind.Content;
        rest = "";
        // "**Attendees\:**", "Attendees:&nbsp;Ana": a converter's escapes and entities, as Markdown reads them.
        if (line.Contains('\\', StringComparison.Ordinal)) line = Escaped().Replace(line, "$1");
        if (line.Contains('&', StringComparison.Ordinal)) line = System.Net.WebUtility.HtmlDecode(line);
        var m = Label().Match(line);
        if (m.Success)
        {
            kind = SectionKinds.Classify(m.Groups["label"].Value);
            // "**Participants** – Ana Lima": a dash after the label is no part of the first name.
            rest = m.Groups["rest"].Value.Trim().TrimStart('-', '–', '—').Trim();
        }
        else if ((ChairedBy().Match(line) is { Success: true } chaired ? chaired : NameChaired().Match(line)) is { Success: true } chair)
        {
            (kind, rest) = (SectionKind.Mc, chair.Groups["rest"].Value.Trim());
        }
        else if (PlainLabel().Match(line) is { Success: true } plain && SectionKinds.Classify(plain.Groups["label"].Value) is not SectionKind.Content and var plainKind)
        {
            rest = plain.Groups["rest"].Value.Trim();
            if (rest.Length > 0 && !NamesWords(OthersUnnamed().Replace(rest, ""))) return false;
            kind = plainKind;
        }
        // "Attendees - Ana Lima, Bo Chen": a roster's label before a dash, when what follows is names.
        else if (DashLabel().Match(line) is { Success: true } dashed && SectionKinds.Classify(dashed.Groups["label"].Value) is not SectionKind.Content and var dashedKind
            && NamesWords(OthersUnnamed().Replace(dashed.Groups["rest"].Value, "")))
        {
            (kind, rest) = (dashedKind, dashed.Groups["rest"].Value.Trim());
        }
        if (kind == SectionKind.Mc && MeetingTool().IsMatch(rest)) kind = SectionKind.Content;
        rest = OthersUnnamed().Replace(rest, "");
        return kind != SectionKind.Content;
    }

    // "Ana Lima, Bo Chen, et al.", "… + 5 others", "… and others": the people it does not name are no one to read.
    // Every space run bounded, so that a line of many spaces costs no square of them.
    [GeneratedRegex(@"[,;]?\s{0,4}(?:et\.?\s{1,4}al\.?|etc\.?|and\s{1,4}(?:[0-9]{1,6}\s{1,4})?others|(?:and\s{1,4}|\+\s{0,4})[0-9]{1,6}\s{1,4}(?:others|more)|\+\s{0,4}[0-9]{1,6}|\(\+\s{0,4}[0-9]{1,6}\))\s{0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex OthersUnnamed();

    /// <summary>
    /// Whether a line of a paragraph under a roster's label alone is a person's: a handle or profile, or two to four
    /// words that are all capitalised but for particles ("Ana Lima", "Bo Chen (Acme)"; not "Thank you", nor "Cheers").
    /// </summary>
    public static bool IsNameLine(string line)
    {
        var text = line.Trim().TrimEnd('\\').Trim();
        if (text.Contains('@', StringComparison.Ordinal) || text.Contains("github.com/", StringComparison.OrdinalIgnoreCase)) return PersonEntryParser.LooksLikePerson(text);
        var words = Asides().Replace(text, " ").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && NamesWords(text) && !text.EndsWith('.') && !text.EndsWith('!');
    }

    // Every word of the names capitalised, apart from joining words and particles: "Ana Lima, Bo Chen (Acme)".
    private static bool NamesWords(string rest)
    {
        var bare = Asides().Replace(rest, " ");
        var words = bare.Split([' ', ',', ';', '&'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]) || Particles.Contains(w));
    }

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "and", "de", "da", "van", "von", "der", "den", "di", "del", "la", "le", "du", "dos", "bin", "al", "y" };
}
