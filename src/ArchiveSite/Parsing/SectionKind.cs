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

/// <summary>Classifies "### MC", "## Who Joined", "**Who joined**:", "### Next Week MC", "Attendees".</summary>
public static partial class SectionKinds
{
    [GeneratedRegex(@"^(?:mc|mcs|master of ceremon(?:y|ies)|host|hosts|facilitator)$", RegexOptions.IgnoreCase)]
    private static partial Regex Mc();

    [GeneratedRegex(@"^(?:mc\s+next\s+(?:call|week)|next\s+(?:week|call)(?:'s)?\s+mc|next\s+mc)$", RegexOptions.IgnoreCase)]
    private static partial Regex NextMc();

    [GeneratedRegex(@"^(?:who\s+joined|who\s+attended|attendees|attendance|participants|present|joined)$", RegexOptions.IgnoreCase)]
    private static partial Regex Attendees();

    public static SectionKind Classify(string label)
    {
        var text = label.Trim().TrimEnd(':', '.', '!', ' ').Trim();
        if (Mc().IsMatch(text)) return SectionKind.Mc;
        if (NextMc().IsMatch(text)) return SectionKind.NextMc;
        if (Attendees().IsMatch(text)) return SectionKind.Attendees;
        return SectionKind.Content;
    }
}
