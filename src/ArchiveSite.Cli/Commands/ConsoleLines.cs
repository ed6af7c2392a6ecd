using System.Text;

namespace ArchiveSite.Cli.Commands;

/// <summary>
/// The one writer every console line goes through. Findings, `inferred:` lines, listings and sync reports
/// print note text and file names, and the publish job's runner reads its log as commands: <c>::cmd</c> at
/// a line's start (after blanks) and <c>##[cmd]</c> anywhere (<c>##[add-mask]</c>, <c>##[stop-commands]</c>).
/// So once installed on stdout and stderr it writes every line escaped: no line break or control character
/// inside a line (a file name holding "\n::add-mask::…" stays one visible line), no <c>##[</c>, no
/// <c>::</c> at a line's start. Workflow commands the tool means to send (annotations) and a terminal's
/// redraw go to <see cref="RawOut"/> and <see cref="RawError"/>.
/// </summary>
internal sealed class ConsoleLines(TextWriter inner) : TextWriter
{
    private bool _atLineStart = true;

    public static TextWriter RawOut { get; private set; } = Console.Out;

    public static TextWriter RawError { get; private set; } = Console.Error;

    /// <summary>Puts the escaping writer in front of stdout and stderr (once, at start-up).</summary>
    public static void Install()
    {
        if (Console.Out is ConsoleLines) return;
        (RawOut, RawError) = (Console.Out, Console.Error);
        Console.SetOut(new ConsoleLines(RawOut));
        Console.SetError(new ConsoleLines(RawError));
    }

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        inner.Write(Escape(value, _atLineStart));
        _atLineStart = false;
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        WriteLine();
    }

    public override void WriteLine()
    {
        inner.WriteLine();
        _atLineStart = true;
    }

    public override void Flush() => inner.Flush();

    /// <summary>One line's text, safe to print in a CI log: see the class.</summary>
    public static string Escape(string text, bool atLineStart = true)
    {
        var line = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n': line.Append("\\n"); break;
                case '\r': line.Append("\\r"); break;
                case '\t': line.Append(c); break;
                case '\u2028' or '\u2029' or '\u0085' or '\uFEFF':
                case var control when char.IsControl(control):
                    line.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: line.Append(c); break;
            }
        }
        line.Replace("##[", "## [");
        if (atLineStart)
        {
            var start = 0;
            while (start < line.Length && char.IsWhiteSpace(line[start])) start++;
            if (start + 1 < line.Length && line[start] == ':' && line[start + 1] == ':') line.Insert(start + 1, ' ');
        }
        return line.ToString();
    }
}
