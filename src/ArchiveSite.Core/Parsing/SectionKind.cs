using System.Text.RegularExpressions;

namespace ArchiveSite.Parsing;

/// <summary>What a sub-heading or a bold label inside a call introduces.</summary>
public enum SectionKind
{
    Content,
    Mc,
    NextMc,
    Attendees,
}

/// <summary>Classifies "### MC", "### Moderator", "Chair:", "## Who Joined", "**Who joined**:", "### Next Week MC", "Attendees", "Roll call", "Present (voting)".</summary>
public static partial class SectionKinds
{
    [GeneratedRegex(@"^(?:mc|mcs|master of ceremon(?:y|ies)|host|hosts|facilitator|moderator|moderators|chair|chairs|co-?chairs|chairperson)$", RegexOptions.IgnoreCase)]
    private static partial Regex Mc();

    [GeneratedRegex(@"^(?:mc\s+next\s+(?:call|week)|next\s+(?:week|call)(?:'s)?\s+mc|next\s+mc)$", RegexOptions.IgnoreCase)]
    private static partial Regex NextMc();

    [GeneratedRegex(@"^(?:who\s+(?:joined|attended|(?:was|is)\s+(?:here|present))|who'?s\s+here|attendees|attendance|attending|participants|present|joined|roll\s*-?\s*call|in\s+attendance|(?:members|people|participants)\s+(?:present|attending))$", RegexOptions.IgnoreCase)]
    private static partial Regex Attendees();

    // "Attendees (in order of arrival)", "Present [voting members]": the qualifier does not change the section.
    [GeneratedRegex(@"\s*[(\[][^)\]]*[)\]]\s*$")]
    private static partial Regex Qualifier();

    public static SectionKind Classify(string label)
    {
        var text = Qualifier().Replace(label.Trim().TrimEnd(':', '.', '!', ' '), "").Trim().TrimEnd(':').Trim();
        if (Mc().IsMatch(text)) return SectionKind.Mc;
        if (NextMc().IsMatch(text)) return SectionKind.NextMc;
        if (Attendees().IsMatch(text)) return SectionKind.Attendees;
        return SectionKind.Content;
    }
}
