namespace ArchiveSite.Text;

/// <summary>
/// Whether a speaker's label is a short or misspelt form of one full name, as transcripts write them: the surname
/// alone (<c>Beiko</c>), the first name with the initial or start of later words (<c>Jochem B</c>, <c>Alex V.</c>),
/// the first and last words without the middle (<c>Martin Swende</c>), or a slip of the keyboard (<c>Barnabus</c>,
/// <c>Tim Beikot</c>, <c>Tomasz Stanczak</c> for <c>Thomasz Stancsak</c>). Only ever asked among one call's people,
/// where a label that resembles two of them names neither.
/// </summary>
public static class NameResemblance
{
    public static bool Resembles(string label, string name) => Resembles(Form.Of(label), Form.Of(name));

    /// <summary>As <see cref="Resembles(string, string)"/>, for forms made once: a call compares each label with each of its names.</summary>
    public static bool Resembles(Form label, Form name)
    {
        var (said, full) = (label.Words, name.Words);
        if (said.Length == 0 || full.Length == 0) return false;
        if (full.Length >= 2 && said.Length == 1 && said[0].Length >= 4 && said[0] == full[^1]) return true;
        if (full.Length >= 2 && said.Length >= 2 && said.Length <= full.Length && said[0] == full[0] && LaterWordsMatch(said, full)) return true;
        if (IsSlip(label.Joined, name.Joined)) return true;
        return said.Length == 1 && full.Length >= 2 && IsSlip(said[0], full[0]);
    }

    /// <summary>A name or label as it is compared: its normalised words (without a trailing dot), and those joined by spaces.</summary>
    public sealed record Form(string[] Words, string Joined)
    {
        public static Form Of(string text)
        {
            var words = WordsOf(text);
            return new Form(words, string.Join(' ', words));
        }
    }

    // "Jochem B" → Brouwer, "Martin Swende" → Holst Swende: each later word starts a later word of the name, in order.
    private static bool LaterWordsMatch(string[] said, string[] full)
    {
        var at = 1;
        for (var i = 1; i < said.Length; i++)
        {
            while (at < full.Length && !full[at].StartsWith(said[i], StringComparison.Ordinal)) at++;
            if (at == full.Length) return false;
            at++;
        }
        return true;
    }

    /// <summary>
    /// One slip in a name of <paramref name="shortestWithOneSlip"/> letters or more, two in one of ten or more; never in
    /// a shorter one (a speaker's "Jochen" is not "Jochem" when both are in the call, and the exact match is asked first).
    /// </summary>
    public static bool IsSlip(string a, string b, int shortestWithOneSlip = 6)
    {
        // Numbers tell names apart ("Person001", "Person002"); a slip is a letter's.
        if (a.Any(char.IsDigit) || b.Any(char.IsDigit)) return false;
        var shorter = Math.Min(a.Length, b.Length);
        var allowed = shorter >= Math.Max(10, shortestWithOneSlip + 2) ? 2 : shorter >= shortestWithOneSlip ? 1 : 0;
        return allowed > 0 && a != b && Math.Abs(a.Length - b.Length) <= allowed && Distance(a, b, allowed) <= allowed;
    }

    /// <summary>Two different spellings one letter apart, whatever their length, case aside (<c>Potus</c>, <c>Potuz</c>).</summary>
    public static bool OneSlipApart(string a, string b)
    {
        var (x, y) = (a.ToLowerInvariant(), b.ToLowerInvariant());
        return x != y && Math.Abs(x.Length - y.Length) <= 1 && Distance(x, y, 1) <= 1;
    }

    /// <summary>Optimal string alignment distance (a swap of two letters is one slip), stopped once past <paramref name="limit"/>.</summary>
    private static int Distance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                best = Math.Min(best, current[j]);
            }
            if (best > limit) return best;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }

    private static string[] WordsOf(string text) =>
        PersonNames.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.')).Where(w => w.Length > 0).ToArray();
}
