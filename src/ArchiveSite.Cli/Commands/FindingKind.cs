using System.Text.RegularExpressions;

namespace ArchiveSite.Cli.Commands;

/// <summary>
/// What kind of finding a message is: the message with its particulars (quoted text, handles, note paths,
/// numbers) taken out, so the same problem in 600 notes, or with 300 different names, is one kind.
/// </summary>
internal static partial class FindingKind
{
    /// <summary>"the link text says @POP but the link goes to github.com/danpopsd; …" → "the link text says @… but the link goes to github.com/…".</summary>
    public static string Of(string message)
    {
        var first = message.Split("; ", 2)[0];
        first = Quoted().Replace(first, "'…'");
        first = Handle().Replace(first, "@…");
        first = Path().Replace(first, "…");
        return Number().Replace(first, "N");
    }

    [GeneratedRegex(@"'[^']*'|""[^""]*""|“[^”]*”")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"@[\w-]+|github\.com/[\w-]+")]
    private static partial Regex Handle();

    // The settings files are named in messages as what they are, not as particulars.
    [GeneratedRegex(@"(?<![\w./-])(?!(?:archive|people)\.yml\b)[\w./-]+\.(?:md|yml|markdown)(?::[0-9]+)?|[\w-]+/[\w.-]+#[0-9]+")]
    private static partial Regex Path();

    [GeneratedRegex(@"[0-9]+(?:-[0-9]+)*")]
    private static partial Regex Number();
}
