using System.Text.RegularExpressions;

namespace ArchiveSite.Parsing;

/// <summary>
/// Reads one attendee or MC line in any of the spellings minutes use, including broken Markdown:
/// <c>Name ([@handle](https://github.com/handle))</c>, <c>[Name](https://github.com/handle)</c>,
/// <c>Name (@handle) - Org</c>, <c>Name @handle (voting member)</c>, <c>MB: Name (@handle)</c>,
/// <c>Name (Org)</c>, <c>@handle</c>, or a name alone. What follows the name and handle is kept as the
/// entry's detail (a role or an organisation); a leading upper-case abbreviation and colon as its abbreviation.
/// </summary>
public static partial class PersonEntryParser
{
    // A profile's address ends at the handle (a slash at most): "github.com/org/repo/pull/379" is a PR's, not org's page.
    [GeneratedRegex(@"github\.com/(?<h>[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})/?(?=[)\]\s>?#]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex GitHubProfile();

    // "@handle" as a word of its own: not inside an e-mail address or a URL, not followed by more handle characters.
    [GeneratedRegex(@"(?<![\w.@/])@(?<h>[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})(?![\w-])")]
    private static partial Regex Handle();

    // "[@fntlnz](https://github.com/...": the handle a profile link's text names.
    [GeneratedRegex(@"\[@?(?<h>[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\]\(\s*https?://(?:www\.)?github\.com/", RegexOptions.IgnoreCase)]
    private static partial Regex LinkTextHandle();

    [GeneratedRegex(@"^(?<name>\p{Lu}\S*(?:\s+\p{Lu}\S*)*)\s+(?<h>[a-z][a-z-]*[0-9][a-z0-9-]*)$")]
    private static partial Regex TrailingHandle();

    // "MB: Myles Borins", "NOL: Nick O'Leary": the short form minutes then use for the speaker.
    [GeneratedRegex(@"^(?<a>\p{Lu}[\p{Lu}0-9]{0,4})\s*:\s+(?<rest>\S.*)$")]
    private static partial Regex Abbreviation();

    // The link text of "[Name](url)": the name when it is not the handle itself.
    [GeneratedRegex(@"^\s*\[(?<text>[^\]]+)\]\(")]
    private static partial Regex LeadingLinkText();

    // Where a free-form line's name ends: " - ", " -- ", "–", ",", ";", "@", "(", "[", "<" ("Ana Lima <mailto:ana@example.org>")
    // or "|" ("Tomás García | Red Hat"), or a slash between spaces ("Fay Wong / Hooli").
    // A hyphen against a plain capitalised word is the name's own ("Caspar Schwarz -Schilling"); against anything else,
    // or after an initial, it opens what follows the name ("Joshua L. -ClevelandJosh @ github").
    [GeneratedRegex(@"\s+(?:--?(?!\S)|[–—])|\s+-(?=\S)(?:(?<=\p{Lu}\.\s+-)|(?!\p{Lu}\p{Ll}+(?:\s|$)))|\s*[,;@(\[<|]|\s+/\s")]
    private static partial Regex NameEnd();

    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
        { "name", "github", "your-handle", "tbd", "to be determined", "n/a", "none", "-", "?", "nobody", "todo" };

    private static readonly char[] Separators = [' ', '-', '–', '—', ':', ',', ';', '(', '[', ')', ']', '@', '|', '/'];

    /// <summary>Whether a line is meant to name no attendee: empty, a placeholder ("TBD"), the template's example, or the note taker's credit.</summary>
    public static bool NamesNobodyOnPurpose(string line)
    {
        var text = Clean(line);
        return text.Length == 0 || Placeholders.Contains(text) || text.Contains("github.com/)", StringComparison.OrdinalIgnoreCase)
            || text.Contains("your-handle", StringComparison.OrdinalIgnoreCase) || NoteTaker().IsMatch(text) || Remark().IsMatch(text);
    }

    [GeneratedRegex(@"^\[[ xX]\]\s+")]
    private static partial Regex LeadingTaskBox();

    // A link to anywhere but GitHub: "[Ana Lima](https://www.linkedin.com/in/ana)", "[@flo](https://twitter.com/flo)".
    [GeneratedRegex(@"\[(?<text>[^\[\]]{0,200})\]\((?<url>[^()\s]{0,500})\)")]
    private static partial Regex Link();

    /// <summary>
    /// The line without its links to other sites than GitHub: one that opens the line is the name written as a link
    /// (<c>[Ana Lima](https://www.linkedin.com/in/ana)</c> is Ana Lima); any other is a detail, and a handle in it is
    /// that site's, not GitHub's (<c>Flo Gama - [@flo](https://twitter.com/flo)</c> has no GitHub handle).
    /// </summary>
    private static string WithoutOtherProfiles(string text)
    {
        if (!text.Contains("](", StringComparison.Ordinal)) return text;
        return Link().Replace(text, m => m.Groups["url"].Value.Contains("github.com", StringComparison.OrdinalIgnoreCase) ? m.Value
            : m.Index == 0 ? m.Groups["text"].Value : "");
    }

    // A roster's remark, not a person: "(others joined late)" (words in parentheses; "(@)" is an unfilled template's,
    // reported), "Total: 12", "Count: 5 + 2 guests", "Quorum: Yes".
    [GeneratedRegex(@"^(?:\((?=[^()]*\p{L}{2})[^()]*\)|\p{L}[\p{L} ]{0,20}:\s*(?:[0-9]+\b[^:]*|(?i:yes|no|y|n|true|false|(?:not\s+)?(?:met|reached|achieved|present))\.?))$")]
    private static partial Regex Remark();

    /// <summary>
    /// Whether a plain line reads as a person rather than prose: it has a handle or a profile link, or it is a
    /// short name (at most five words, starting with a capital, not ending like a sentence: "Cursor park!" is not).
    /// </summary>
    public static bool LooksLikePerson(string line)
    {
        // "- [x] Ana Lima": a roll call's box before the name.
        var text = LeadingTaskBox().Replace(Clean(line), "");
        if (Handle().IsMatch(text) || GitHubProfile().IsMatch(text)) return true;
        if (Abbreviation().Match(text) is { Success: true } abbreviated) text = abbreviated.Groups["rest"].Value;
        var name = NameEnd().Match(text) is { Success: true, Index: > 0 } end ? text[..end.Index] : text;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 5 && char.IsUpper(words[0][0]) && name.TrimEnd()[^1] is not ('!' or '?' or '.');
    }

    /// <summary>Null when the line names nobody (empty, a template placeholder, "TBD") or the one who took the notes.</summary>
    /// <remarks>
    /// "Meeting notes: Michael LaCroix", "Notes by: Ana" at a roster's end credit the note taker, who is no attendee
    /// by that line; the line still reads as a person's (<see cref="LooksLikePerson"/>), so the roster stays one list.
    /// </remarks>
    public static PersonEntry? Parse(string line, int lineNumber)
    {
        var text = Clean(line);
        return NoteTaker().IsMatch(text) ? null : WithInitials(Read(line, lineNumber), text);
    }

    [GeneratedRegex(@"^(?:(?:meeting\s+)?(?:notes|minutes)(?:\s+(?:by|taken\s+by))?|note[- ]?takers?|scribes?)\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex NoteTaker();

    /// <summary>
    /// "Ana Lima (AL)": initials in parentheses that are the name's own are the short form the minutes use for them,
    /// as a roster's <c>AL: Ana Lima</c> or an attendee table's Abbreviation column give it ("Danny Ryan (EF)" names
    /// an organisation, not initials).
    /// </summary>
    private static PersonEntry? WithInitials(PersonEntry? entry, string text)
    {
        if (entry is not { Abbreviation: null, Name: { } name }) return entry;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).ToList();
        if (words.Count < 2) return entry;
        var all = string.Concat(words.Select(w => w[0]));
        var firstAndLast = $"{words[0][0]}{words[^1][0]}";
        foreach (Match m in Initials().Matches(text))
            if (m.Groups["a"].Value == all || m.Groups["a"].Value == firstAndLast) return entry with { Abbreviation = m.Groups["a"].Value };
        return entry;
    }

    [GeneratedRegex(@"\((?<a>\p{Lu}{2,4})\)")]
    private static partial Regex Initials();

    private static PersonEntry? Read(string line, int lineNumber)
    {
        var text = WithoutOtherProfiles(Clean(line));
        if (text.Length == 0 || Placeholders.Contains(text) || Remark().IsMatch(text)) return null;
        string? abbreviation = null;
        if (Abbreviation().Match(text) is { Success: true } abbreviated)
            (abbreviation, text) = (abbreviated.Groups["a"].Value, abbreviated.Groups["rest"].Value);

        var profile = GitHubProfile().Match(text);
        if (profile.Success)
        {
            var handle = profile.Groups["h"].Value;
            if (IsPlaceholderHandle(handle)) return null;
            var after = text.IndexOf(')', profile.Index) is var close and >= 0 ? close + 1 : profile.Index + profile.Length;
            var textHandle = LinkTextHandle().Match(text) is { Success: true } linkText
                && !linkText.Groups["h"].Value.Equals(handle, StringComparison.OrdinalIgnoreCase) ? linkText.Groups["h"].Value : null;
            return new PersonEntry(handle, NameBefore(text, handle), lineNumber)
            {
                Abbreviation = abbreviation,
                Detail = Detail(text[after..]),
                TextHandle = textHandle,
            };
        }
        // A profile link with no handle is the template's "Name ([@github](https://github.com/))".
        if (text.Contains("github.com/)", StringComparison.OrdinalIgnoreCase)) return null;

        var at = Handle().Match(text);
        if (at.Success)
        {
            string? handle = at.Groups["h"].Value;
            // "Kris Nova - Sysdig @krisnova": the name ends where the line's first separator is.
            var before = text[..at.Index];
            var name = (NameEnd().Match(before) is { Success: true, Index: > 0 } stop ? before[..stop.Index] : before).Trim(Separators);
            // "Rajib Mitra ([@your-gh-handle](https://github.com/<your-gh-handle>))": the name, without the template's handle.
            if (IsPlaceholderHandle(handle))
            {
                if (!IsName(name)) return null;
                handle = null;
            }
            // "Kris Nova @krisnova @nova (github/twitter)": which one is GitHub's the line does not say, so the
            // name decides, as it does for a name written alone.
            var several = at.NextMatch() is { Success: true } other && !other.Groups["h"].Value.Equals(handle, StringComparison.OrdinalIgnoreCase);
            if (several && IsName(name)) handle = null;
            var detail = Detail(text[(at.Index + at.Length)..]);
            // "@cdube (Cy Dube)": the handle first, then the name it is made of; "(Red Hat)" after it stays its detail.
            if (!IsName(name) && handle is not null && detail is not null && IsNameOfHandle(detail, handle)) (name, detail) = (detail, null);
            return new PersonEntry(handle, IsName(name) ? name : null, lineNumber)
            {
                Abbreviation = abbreviation,
                Detail = detail,
            };
        }

        var end = NameEnd().Match(text);
        var cut = end.Success && end.Index > 0 ? end.Index : text.Length;
        var onlyName = text[..cut].Trim(' ', '-', ':', '.');
        // A "name" with no letter or digit ("(@)", "--") is not a name.
        if (!onlyName.Any(char.IsLetterOrDigit) || Placeholders.Contains(onlyName)) return null;
        // "Jacque Salinas jsalinas29": a capitalised name, then a lower-case word with a digit, is name and handle.
        if (TrailingHandle().Match(onlyName) is { Success: true } trailing)
            return new PersonEntry(trailing.Groups["h"].Value, trailing.Groups["name"].Value, lineNumber) { Abbreviation = abbreviation, Detail = Detail(text[cut..]) };
        return new PersonEntry(null, onlyName, lineNumber) { Abbreviation = abbreviation, Detail = Detail(text[cut..]) };
    }

    private static string? NameBefore(string text, string handle)
    {
        var link = LeadingLinkText().Match(text);
        var name = link.Success
            ? link.Groups["text"].Value
            : NameEnd().Match(text) is { Success: true, Index: > 0 } end ? text[..end.Index] : text;
        name = name.Trim(' ', '-', ':', '@', '[', '(');
        if (name.Length == 0 || name.Contains("github.com", StringComparison.OrdinalIgnoreCase)) return null;
        return name.Equals(handle, StringComparison.OrdinalIgnoreCase) || name.Equals("@" + handle, StringComparison.OrdinalIgnoreCase)
            ? null
            : name;
    }

    // "your-gh-handle", "your_handle": a template's example left in.
    private static bool IsPlaceholderHandle(string handle) =>
        Placeholders.Contains(handle) || handle.StartsWith("your-", StringComparison.OrdinalIgnoreCase) || handle.StartsWith("your_", StringComparison.OrdinalIgnoreCase);

    private static bool IsName(string text) => text.Any(char.IsLetter) && !text.Contains("](", StringComparison.Ordinal);

    /// <summary>
    /// Whether words written after a handle are its owner's name: two to four capitalised words, the first or the last
    /// of which (three letters or more) the handle is made of (<c>cdube</c>: Cy Dube; <c>jokim</c>: Jo Kim).
    /// </summary>
    private static bool IsNameOfHandle(string words, string handle)
    {
        var parts = words.Split(' ');
        if (parts.Length is < 2 or > 4 || !parts.All(p => CapitalisedWord().IsMatch(p))) return false;
        var letters = new string(handle.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        return new[] { parts[0], parts[^1] }.Select(p => new string(p.Where(char.IsLetter).ToArray()).ToLowerInvariant())
            .Any(word => word.Length >= 3 && letters.Contains(word, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]*$")]
    private static partial Regex CapitalisedWord();

    /// <summary>"(voting member)", "- Elastic, Node.js Diagnostics WG", ", Open Source Pledge": the words, without their punctuation.</summary>
    private static string? Detail(string rest)
    {
        var detail = Handle().Replace(AngleBracketed().Replace(rest, " "), " ").Replace("(", " ", StringComparison.Ordinal).Replace(")", " ", StringComparison.Ordinal).Trim(Separators).Trim();
        detail = string.Join(' ', detail.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return detail.Any(char.IsLetterOrDigit) && !detail.Contains("://", StringComparison.Ordinal) ? detail : null;
    }

    // "<mailto:ana@example.org>", "<ana@example.org>": an address, no detail of the person's.
    [GeneratedRegex(@"<[^<>]*>")]
    private static partial Regex AngleBracketed();

    // A bullet glyph a name is listed with ("♦ Ana", "• Bo", "✓ Cy") is no part of it.
    // A stray emphasis mark left at the end ("* Alex Stokes*") is markup, not part of the name.
    private static string Clean(string line) =>
        line.Replace("**", "").Replace("__", "").Replace("\\", "").Trim().TrimStart('*', '-', '+', '•', '♦', '◦', '▪', '▫', '·', '‣', '⁃', '►', '▸', '✓', '✔', '☐', '☑', '■', '□', '●', '○').Trim().TrimEnd('*', '_').TrimEnd();
}
