namespace ArchiveSite.Text;

/// <summary>
/// A line of the notes as it compares with another writing of it: lower case, one space between words, no closing
/// full stop. The same decision in a summary and in the discussion, an action ticked in a later call, and an agenda
/// item every call repeats are written with different spacing and case, never with different words.
/// </summary>
internal static class ComparableText
{
    public static string Of(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ' ');
}
