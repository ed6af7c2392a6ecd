namespace ArchiveSite.Text;

/// <summary>File names in the order people number them: runs of digits by value ("Meeting 15" before "Meeting 145").</summary>
public sealed class NaturalOrder : IComparer<string>
{
    public static readonly NaturalOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null) return string.CompareOrdinal(x, y);
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var (si, sj) = (i, j);
                while (si < x.Length && x[si] == '0') si++;
                while (sj < y.Length && y[sj] == '0') sj++;
                var (ei, ej) = (si, sj);
                while (ei < x.Length && char.IsAsciiDigit(x[ei])) ei++;
                while (ej < y.Length && char.IsAsciiDigit(y[ej])) ej++;
                // More digits (leading zeros aside) is a larger number; else the first differing digit decides.
                if (ei - si != ej - sj) return (ei - si).CompareTo(ej - sj);
                var digits = string.CompareOrdinal(x, si, y, sj, ei - si);
                if (digits != 0) return digits;
                (i, j) = (ei, ej);
                continue;
            }
            var c = char.ToLowerInvariant(x[i]).CompareTo(char.ToLowerInvariant(y[j]));
            if (c != 0) return c;
            i++;
            j++;
        }
        var rest = (x.Length - i).CompareTo(y.Length - j);
        return rest != 0 ? rest : string.CompareOrdinal(x, y);
    }
}
