using System.Globalization;
using System.Text;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Cli.Commands;

/// <summary>
/// What a CI run reports beyond its log: a Markdown summary (<c>--summary FILE</c>, GitHub's
/// <c>$GITHUB_STEP_SUMMARY</c>) and step outputs (<c>--outputs FILE</c>, GitHub's <c>$GITHUB_OUTPUT</c>, as
/// <c>key=value</c> lines). Both files are appended to, as GitHub expects of every step.
/// </summary>
internal static class JobSummary
{
    public static void AppendOutputs(string? file, IEnumerable<(string Key, string Value)> outputs)
    {
        if (file is null) return;
        File.AppendAllLines(file, outputs.Select(o => $"{o.Key}={o.Value.Replace('\n', ' ')}"));
    }

    public static void AppendMarkdown(string? file, string markdown)
    {
        if (file is not null) File.AppendAllText(file, markdown);
    }

    /// <summary>A table of counts, then the findings grouped by kind (the message with its particulars taken out).</summary>
    public static string Markdown(string heading, IEnumerable<(string Label, string Value)> counts, IReadOnlyList<Diagnostic> findings,
        IEnumerable<(string Stage, TimeSpan Time)>? stages = null, string? footnote = null)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"### {heading}\n\n| | |\n|---|---|\n");
        foreach (var (label, value) in counts) md.Append(CultureInfo.InvariantCulture, $"| {label} | {value} |\n");
        md.Append('\n');
        if (findings.Count > 0)
        {
            md.Append("| findings | kind |\n|---:|---|\n");
            foreach (var group in findings.GroupBy(d => (d.Severity, FindingKind.Of(d.Message))).OrderByDescending(g => g.Key.Severity).ThenByDescending(g => g.Count()))
                md.Append(CultureInfo.InvariantCulture, $"| {group.Count()} | {(group.Key.Severity == Severity.Error ? "**error**" : "warning")}: {Cell(group.Key.Item2)} |\n");
            md.Append('\n');
        }
        if (stages is not null)
        {
            md.Append("<details><summary>Time per stage</summary>\n\n| stage | seconds |\n|---|---:|\n");
            foreach (var (stage, time) in stages) md.Append(CultureInfo.InvariantCulture, $"| {Cell(stage)} | {time.TotalSeconds:0.00} |\n");
            md.Append("\n</details>\n\n");
        }
        if (footnote is not null) md.Append(Cell(footnote)).Append("\n\n");
        return md.ToString();
    }

    /// <summary>
    /// Text from the notes as plain text in GitHub's Markdown: HTML's three characters as entities, Markdown's
    /// punctuation (emphasis, links, images, code, tables) behind a backslash, and no line break (a new line would
    /// end the table row). Kind() takes out only what it recognises; the rest of a message is still note text.
    /// </summary>
    public static string Cell(string text)
    {
        var cell = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': cell.Append("&lt;"); break;
                case '>': cell.Append("&gt;"); break;
                case '&': cell.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '!' or '|' or '#' or '~' or '{' or '}' or '+' or '-' or ':':
                    cell.Append('\\').Append(c); break;
                case var breaks when char.IsControl(breaks) || breaks is '\u2028' or '\u2029': cell.Append(' '); break;
                default: cell.Append(c); break;
            }
        }
        return cell.ToString();
    }
}
