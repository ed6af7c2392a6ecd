namespace ArchiveSite.Loading;

/// <summary>
/// A conservative, linear-time estimate of how deeply a YAML text nests (block indentation plus
/// flow brackets), computed without a recursive parser so it is safe on hostile input.
/// </summary>
internal static class YamlDepth
{
    public readonly record struct Measurement(int Depth, int Line);

    public static Measurement Measure(string yaml)
    {
        var indents = new Stack<int>();
        int max = 0, maxLine = 0, flow = 0, lineNo = 0;
        foreach (var rawLine in yaml.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '#') { lineNo++; continue; }
            var indent = line.Length - trimmed.Length;
            // "- - - a" nests a sequence per dash on one line.
            var dashes = 0;
            while (dashes * 2 + 1 < trimmed.Length && trimmed[dashes * 2] == '-' && trimmed[dashes * 2 + 1] == ' ') dashes++;
            if (flow == 0)
            {
                while (indents.Count > 0 && indents.Peek() >= indent) indents.Pop();
                indents.Push(indent);
            }
            foreach (var c in trimmed)
            {
                if (c is '[' or '{') flow++;
                else if (c is ']' or '}') flow = Math.Max(0, flow - 1);
                var depth = indents.Count + dashes + flow;
                if (depth > max) { max = depth; maxLine = lineNo; }
            }
            lineNo++;
        }
        return new Measurement(max, maxLine);
    }
}
