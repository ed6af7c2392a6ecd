using System.Text.RegularExpressions;
using ArchiveSite.Text;

namespace ArchiveSite.Parsing;

/// <summary>What a sub-heading or a bold label inside a call introduces.</summary>
public enum SectionKind
{
    Content,
    Mc,
    NextMc,
    Attendees,
    /// <summary>Who was expected and did not come ("Regrets", "Absent", "Apologies"): never an attendee.</summary>
    Absent,
    /// <summary>Who took the minutes ("Scribe", "Notes by"): no attendee by that (notes are often written from the recording).</summary>
    Scribe,
}

/// <summary>Classifies "### MC", "### Moderator", "Chair:", "## Who Joined", "**Who joined**:", "### Next Week MC", "Attendees", "Roll call", "Present (voting)", "Regrets", "Absent", "Scribe".</summary>
public static partial class SectionKinds
{
    [GeneratedRegex(@"^(?:mc|mcs|emcee|master of ceremon(?:y|ies)|host|hosts|(?:meeting|call)\s+host|facilitator|moderator|moderators|chair|chairs|co-?chairs|chairperson|presiding(?:\s+officer)?|presider|convener|convenor|(?:meeting|call|session)\s+leads?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Mc();

    [GeneratedRegex(@"^(?:mc\s+next\s+(?:call|week)|next\s+(?:week|call)(?:'s)?\s+mc|next\s+mc)$", RegexOptions.IgnoreCase)]
    private static partial Regex NextMc();

    [GeneratedRegex(@"^(?:who\s+(?:joined|attended|(?:was|is)\s+(?:here|present))|who'?s\s+here|attendees|attendance|attending|participants|present|joined|roll\s*-?\s*call|in\s+attendance|(?:also|others)\s+(?:present|attending)|(?:invited\s+|other\s+)?(?:guests|observers|visitors)|anwesende?|teilnehmende|teilnehmer(?:innen|\*innen|:innen)?|présent(?:e)?s|participant(?:e)?s|asistentes|presentes|partecipanti|presenti)$", RegexOptions.IgnoreCase)]
    private static partial Regex Attendees();

    // The same labels in the languages minutes are most often kept in besides English: "Anwesend", "Présents",
    // "Asistentes"; "Entschuldigt", "Excusés", "Ausentes"; "Protokoll", "Secrétaire".
    // Standards groups and boards write who sent apologies beside who came: "Regrets: Erin", "### Absent", "**Not present**".
    [GeneratedRegex(@"^(?:absent|absentees|absences|regrets|apologies(?:\s+for\s+absence)?|excused(?:\s+absences?)?|not\s+(?:present|attending|in\s+attendance)|unable\s+to\s+(?:attend|join)|could(?:\s+not|n't)\s+(?:attend|join|make\s+it)|entschuldigt|abwesend|excusé(?:e)?s?|absent(?:e)?s|ausentes|assenti)$", RegexOptions.IgnoreCase)]
    private static partial Regex Absent();

    [GeneratedRegex(@"^(?:scribes?|scribing|note-?\s*takers?|minute-?\s*takers?|(?:notes|minutes)(?:\s+taken)?\s+by|taking\s+(?:notes|minutes)|recorder|secretary|protokoll(?:führer(?:in)?)?|secrétaire|secretari[oa])$", RegexOptions.IgnoreCase)]
    private static partial Regex Scribe();

    // "Attendees (in order of arrival)", "Present [voting members]": the qualifier does not change the section.
    [GeneratedRegex(@"\s*[(\[][^)\]]*[)\]]\s*$")]
    private static partial Regex Qualifier();

    // Who came, said of a part of the group: "Directors Present", "Remote attendees", "In-person participants",
    // "Board members present". The words before may not make it a phrase about something else ("Demos to present",
    // "Members not present").
    [GeneratedRegex(@"^(?:(?!(?:to|not|will|we|you|they|who|what|and|or|be|multiple|several|many|all|various|some)\b)[\p{L}'’-]+\s+){1,3}(?:attendees|participants|present|attending|in\s+attendance)$", RegexOptions.IgnoreCase)]
    private static partial Regex QualifiedAttendees();

    // Who did not, said the same way: "Directors Absent", "TSC members absent", "Members not present", "Absent members".
    [GeneratedRegex(@"^(?:(?:(?!(?:to|will|we|you|they|who|what|and|or|be)\b)[\p{L}'’-]+\s+){1,3}(?:absent|not\s+present|regrets|apologies)|absent\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex QualifiedAbsent();

    public static SectionKind Classify(string label)
    {
        var text = Qualifier().Replace(DecorativeSymbols.StripLeading(label).Trim().TrimEnd(':', '.', '!', ' '), "").Trim().TrimEnd(':').Trim();
        if (Mc().IsMatch(text)) return SectionKind.Mc;
        if (NextMc().IsMatch(text)) return SectionKind.NextMc;
        if (Attendees().IsMatch(text)) return SectionKind.Attendees;
        if (Absent().IsMatch(text)) return SectionKind.Absent;
        if (Scribe().IsMatch(text)) return SectionKind.Scribe;
        if (QualifiedAbsent().IsMatch(text)) return SectionKind.Absent;
        if (QualifiedAttendees().IsMatch(text)) return SectionKind.Attendees;
        return SectionKind.Content;
    }
}
