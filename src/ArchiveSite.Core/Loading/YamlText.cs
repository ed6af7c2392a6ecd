using System.Globalization;
using ArchiveSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Loading;

/// <summary>
/// The one way YAML from the notes is read (front matter, archive.yml, people.yml). A first pass over
/// YamlDotNet's event stream, which its parser produces without recursion, enforces hard limits before
/// any tree is built: nesting depth in every form (block, flow, "- - -", "? " keys), the number of values
/// once aliases are expanded (a "billion laughs" file is a few hundred bytes), and plain-text keys only.
/// Only then is the node tree built, whose recursion those limits bound. Every problem is a file:line
/// message for the person who wrote the file, never a .NET type name.
/// </summary>
public static class YamlText
{
    public const int MaxDepth = 32;

    /// <summary>Values after expanding aliases; real settings files have a few thousand.</summary>
    public const int MaxValues = 200_000;

    /// <summary>How messages name the text and say where to fix it.</summary>
    public sealed record Subject(string Name, string Hint)
    {
        public static readonly Subject FrontMatter = new("front matter", "fix the YAML between the '---' lines");

        public static Subject SettingsFile(string fileName) => new(fileName, $"fix {fileName}");
    }

    /// <param name="file">Named in diagnostics.</param>
    /// <param name="firstLine">File line of the text's first line (front matter starts on line 2).</param>
    /// <returns>The top-level mapping (empty for an empty text), or null with the problem reported.</returns>
    public static YamlMappingNode? LoadMapping(string file, string text, int firstLine, DiagnosticBag diagnostics, Subject? subject = null)
    {
        subject ??= Subject.SettingsFile(file);
        if (Limits(text, subject) is { } problem)
        {
            diagnostics.Add(Diagnostic.Error(file, problem.Line + firstLine - 1, problem.Column, problem.Message));
            return null;
        }
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0) return new YamlMappingNode();
            if (stream.Documents.Count > 1)
            {
                diagnostics.Add(Diagnostic.Error(file, (int)stream.Documents[1].RootNode.Start.Line + firstLine - 1, 1,
                    $"{subject.Name} holds more than one YAML document (a second '---'); keep one"));
                return null;
            }
            var root = stream.Documents[0].RootNode;
            if (root is YamlMappingNode map) return map;
            if (root is YamlScalarNode { Value: null or "" }) return new YamlMappingNode();
            diagnostics.Add(Diagnostic.Error(file, (int)root.Start.Line + firstLine - 1, 1,
                $"{subject.Name} should be 'key: value' lines at the top level; {subject.Hint}"));
        }
        catch (YamlException e)
        {
            diagnostics.Add(Diagnostic.Error(file, (int)e.Start.Line + firstLine - 1, (int)e.Start.Column,
                $"{subject.Name} is not valid YAML ({Reason(e)}); {subject.Hint}"));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // The pre-pass read the same text, so this is YamlDotNet failing on the second read only.
            diagnostics.Add(Diagnostic.Error(file, firstLine, 1, $"{subject.Name} cannot be read as YAML; {subject.Hint}"));
        }
        return null;
    }

    private sealed record Problem(int Line, int Column, string Message);

    private sealed class Frame(bool isMapping, string? anchor, long valuesAtStart, Mark start, bool isFlow)
    {
        public bool IsMapping { get; } = isMapping;
        public Mark Start { get; } = start;
        public bool IsFlow { get; } = isFlow;
        public bool ExpectKey { get; set; } = true;
        public string? Anchor { get; } = anchor;
        public long ValuesAtStart { get; } = valuesAtStart;
    }

    private static Problem? Limits(string text, Subject subject)
    {
        var parser = new Parser(new StringReader(text));
        var frames = new Stack<Frame>();
        var anchored = new Dictionary<string, long>(StringComparer.Ordinal);
        long values = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                if (current is NodeEvent or AnchorAlias)
                {
                    if (frames.TryPeek(out var parent) && parent.IsMapping)
                    {
                        if (parent.ExpectKey && current is not Scalar)
                            return At(current, $"{subject.Name}: a key must be plain text (a name followed by ':'), not a list, a mapping or an alias; {subject.Hint}");
                        parent.ExpectKey = !parent.ExpectKey;
                    }
                    values += current is AnchorAlias alias ? anchored.GetValueOrDefault(alias.Value.Value, 1) : 1;
                    if (values > MaxValues)
                        return At(current, $"{subject.Name} holds more than {MaxValues.ToString("N0", CultureInfo.InvariantCulture)} values once its aliases (*name) are expanded; write the values out instead of repeating aliases");
                    if (current is not NodeEvent node) continue;
                    var anchor = node.Anchor.IsEmpty ? null : node.Anchor.Value;
                    if (node is MappingStart or SequenceStart)
                    {
                        var isFlow = node is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow };
                        frames.Push(new Frame(node is MappingStart, anchor, values - 1, node.Start, isFlow));
                        if (frames.Count > MaxDepth)
                            return At(node, $"{subject.Name} is nested more than {MaxDepth} levels deep; it holds names, dates and short lists, so flatten it");
                    }
                    else if (anchor is not null) anchored[anchor] = 1;
                }
                else if (current is MappingEnd or SequenceEnd && frames.TryPop(out var done))
                {
                    // YamlDotNet 18.1 reads "\t: d" as a mapping of one key and no value, which its own tree
                    // builder then rejects with an ArgumentException: say what is wrong instead.
                    if (done.IsMapping && !done.ExpectKey)
                        return At(current, $"{subject.Name} is not valid YAML (a key without a value; tabs cannot indent YAML); {subject.Hint}");
                    if (done.Anchor is not null) anchored[done.Anchor] = values - done.ValuesAtStart;
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // This pass is the gate for untrusted text, and the fuzzer found YamlDotNet 18.1 throwing more than
            // YamlException on bad input (InvalidOperationException for "i: {\nn\n", ArgumentException for a
            // tag such as "!!!]"): whatever it throws, the text is not YAML we can read.
            // An unclosed '[' or '{' is reported where the text ends; point at the bracket instead.
            if (frames.TryPeek(out var open) && open.IsFlow)
                return new Problem((int)open.Start.Line, (int)open.Start.Column,
                    $"{subject.Name} is not valid YAML (the '{(open.IsMapping ? '{' : '[')}' here is never closed); {subject.Hint}");
            var at = e is YamlException y ? y.Start : parser.Current?.End ?? Mark.Empty;
            var reason = e is YamlException ye ? Reason(ye) : "the YAML reader could not go on from here";
            return new Problem(Math.Max(1, (int)at.Line), (int)at.Column, $"{subject.Name} is not valid YAML ({reason}); {subject.Hint}");
        }
        return null;
    }

    private static Problem At(ParsingEvent e, string message) => new((int)e.Start.Line, (int)e.Start.Column, message);

    /// <summary>YamlDotNet's own sentence, without its "(Line: 3, Col: 1, Idx: 20) - (...): " prefix.</summary>
    private static string Reason(YamlException e)
    {
        var message = (e.InnerException as YamlException)?.Message ?? e.Message;
        var prefixEnd = message.IndexOf("): ", StringComparison.Ordinal);
        var reason = (prefixEnd >= 0 && message.StartsWith('(') ? message[(prefixEnd + 3)..] : message).Split('\n')[0].Trim();
        return reason.Length == 0 ? "the file cannot be read as YAML" : char.ToLowerInvariant(reason[0]) + reason[1..].TrimEnd('.');
    }
}
