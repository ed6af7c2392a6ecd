using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.Export;
using ArchiveSite.Refs;
using ArchiveSite.Loading;
using ArchiveSite.Parsing;
using ArchiveSite.Resolution;
using ArchiveSite.Urls;

namespace ArchiveSite.Tests.Fuzz;

/// <summary>
/// What the fuzzer feeds (tests/ArchiveSite.Fuzz compiles this file too), so that a finding replays here
/// exactly as it ran there. Each reader must turn any bytes into results or diagnostics, never an exception.
/// </summary>
public static class FuzzTargets
{
    public const string Note = "note";
    public const string Yaml = "yaml";
    public const string Refs = "refs";
    public const string Cost = "cost";

    /// <summary>In a cost input: the lines after it, up to the next marker, are repeated to scale the note.</summary>
    public const string RepeatMarker = "<!-- repeat -->\n";

    /// <summary>In a cost input: the lines after it, up to the next marker, are kept once.</summary>
    public const string OnceMarker = "<!-- once -->\n";

    /// <summary>A note: bytes → text (UTF-8, line endings, control characters, mojibake) → front matter → calls.</summary>
    public static DiagnosticBag ReadNote(ReadOnlySpan<byte> bytes)
    {
        var diagnostics = new DiagnosticBag();
        if (NoteReader.Read("fuzz.md", bytes.ToArray(), diagnostics) is { } source)
            NoteParser.Parse(source, diagnostics);
        return diagnostics;
    }

    /// <summary>archive.yml and people.yml: the same bytes through both readers.</summary>
    public static DiagnosticBag ReadYaml(ReadOnlySpan<byte> bytes)
    {
        var diagnostics = new DiagnosticBag();
        if (TextDecoding.Decode("fuzz.yml", bytes, diagnostics) is not { } text) return diagnostics;
        SiteSettingsLoader.Parse(text, diagnostics);
        PeopleRegistryLoader.Parse(text, diagnostics);
        return diagnostics;
    }

    /// <summary>refs.json: any bytes to facts or file:line errors; what it accepts must write and read back the same.</summary>
    public static DiagnosticBag ReadRefs(ReadOnlySpan<byte> bytes)
    {
        var diagnostics = new DiagnosticBag();
        var cache = RefsFile.Parse(RefsFile.FileName, bytes.ToArray(), diagnostics);
        var again = RefsFile.Parse(RefsFile.FileName, RefsFile.Serialize(cache), new DiagnosticBag());
        if (again.References.Count != cache.References.Count || again.References.Any(p => !cache.References[p.Key].SameFactsAs(p.Value)))
            throw new InvalidOperationException("refs.json read back differently from what was written");
        return diagnostics;
    }

    /// <summary>
    /// Cost: the note is read end to end (parse, resolve across calls, decisions and actions, export, agenda
    /// anchors for every reference) at two sizes, its repeated parts scaled to about 16 KB and to four times
    /// that; the time per KB at 4× must stay within 3× of the time per KB at 1× (quadratic work gives 4×).
    /// The parts after <see cref="RepeatMarker"/> repeat ("{n}" in them becomes the copy's number, so copies can
    /// differ, and "{a}" the same in letters), those after <see cref="OnceMarker"/> and before any marker stay once; an input with no marker
    /// repeats whole. The sizes are timed in three back-to-back pairs and the median ratio counts; a breach is
    /// measured twice more, two seconds apart, before it is a finding, so a busy machine is not one; work under
    /// <see cref="NoiseFloor"/> at 4× never is.
    /// </summary>
    public static void ReadAtTwoSizes(ReadOnlySpan<byte> bytes)
    {
        var parts = Parts(System.Text.Encoding.UTF8.GetString(bytes));
        var repeated = parts.Where(p => p.Repeat).Sum(p => p.Text.Length);
        if (repeated == 0) return;
        var copies = Math.Max(1, BaseSize / repeated);
        var small = Scaled(parts, copies);
        var large = Scaled(parts, copies * 4);
        for (var attempt = 0; ; attempt++)
        {
            var (ratio, perKbSmall, perKbLarge, largeTime) = Measure(small, large);
            // COST_REPORT=1 prints each measurement (for docs/PERFORMANCE.md and the issue notes).
            if (Environment.GetEnvironmentVariable("COST_REPORT") == "1")
                Console.Error.WriteLine($"cost: {perKbSmall:0.000} ms/KB at {small.Length / 1024} KB, {perKbLarge:0.000} ms/KB at {large.Length / 1024} KB ({ratio:0.00}x)");
            if (largeTime < NoiseFloor || ratio <= 3) return;
            if (attempt == 2)
                throw new InvalidOperationException(
                    $"cost grows faster than size: {perKbSmall:0.000} ms/KB at {small.Length / 1024} KB, {perKbLarge:0.000} ms/KB at {large.Length / 1024} KB");
            // A busy machine slows a long run more than a short one: let a burst pass before measuring again.
            Thread.Sleep(TimeSpan.FromSeconds(2));
        }
    }

    /// <summary>
    /// After one untimed run (the first pays for JIT compilation), three pairs of runs, each the small size then the
    /// large one back to back (so a load on the machine falls on both alike); the ratio of their times per KB is
    /// the median of the three pairs' (a real quadratic shows in every pair, a pause in one at most), the times
    /// the best of each size.
    /// </summary>
    private static (double Ratio, double PerKbSmall, double PerKbLarge, TimeSpan LargeTime) Measure(string small, string large)
    {
        ReadWhole(small);
        var ratios = new List<double>();
        var (bestSmall, bestLarge) = (TimeSpan.MaxValue, TimeSpan.MaxValue);
        for (var pair = 0; pair < 3; pair++)
        {
            var smallTime = Time(small);
            var largeTime = Time(large);
            ratios.Add(PerKb(largeTime, large) / PerKb(smallTime, small));
            (bestSmall, bestLarge) = (smallTime < bestSmall ? smallTime : bestSmall, largeTime < bestLarge ? largeTime : bestLarge);
        }
        ratios.Sort();
        return (ratios[1], PerKb(bestSmall, small), PerKb(bestLarge, large), bestLarge);
    }

    private static TimeSpan Time(string note)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        ReadWhole(note);
        return clock.Elapsed;
    }

    private static double PerKb(TimeSpan time, string note) => time.TotalMilliseconds / Math.Max(1, note.Length / 1024.0);

    private static List<(string Text, bool Repeat)> Parts(string text)
    {
        if (!text.Contains(RepeatMarker, StringComparison.Ordinal)) return [(text, true)];
        var parts = new List<(string, bool)>();
        var (at, repeat) = (0, false);
        while (at <= text.Length)
        {
            var nextRepeat = text.IndexOf(RepeatMarker, at, StringComparison.Ordinal);
            var nextOnce = text.IndexOf(OnceMarker, at, StringComparison.Ordinal);
            var next = nextRepeat < 0 ? nextOnce : nextOnce < 0 ? nextRepeat : Math.Min(nextRepeat, nextOnce);
            parts.Add((text[at..(next < 0 ? text.Length : next)], repeat));
            if (next < 0) break;
            repeat = next == nextRepeat;
            at = next + (repeat ? RepeatMarker.Length : OnceMarker.Length);
        }
        return parts;
    }

    /// <summary>"{n}" as the copy's number, "{a}" as letters (1 → b, 26 → ba: names have no digits).</summary>
    private static string Numbered(string text, int n)
    {
        var letters = new System.Text.StringBuilder();
        for (var rest = n; rest > 0; rest /= 26) letters.Insert(0, (char)('a' + rest % 26));
        return text.Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{a}", letters.ToString(), StringComparison.Ordinal);
    }

    private static string Scaled(List<(string Text, bool Repeat)> parts, int copies)
    {
        var note = new System.Text.StringBuilder();
        foreach (var (text, repeat) in parts)
        {
            if (!repeat) note.Append(text);
            else for (var n = 1; n <= copies; n++) note.Append(Numbered(text, n));
        }
        return note.ToString();
    }

    /// <summary>The size the repeated body is scaled to at 1×.</summary>
    public const int BaseSize = 16 * 1024;

    public static readonly TimeSpan NoiseFloor = TimeSpan.FromMilliseconds(40);

    /// <summary>What a build does with one note before rendering: every reader and resolver, and the export.</summary>
    public static void ReadWhole(string note)
    {
        var diagnostics = new DiagnosticBag();
        if (NoteReader.Read("cost.md", System.Text.Encoding.UTF8.GetBytes(note), diagnostics) is not { } source) return;
        var parsed = NoteParser.Parse(source, diagnostics);
        var archive = ArchiveResolver.Resolve(parsed, SiteSettings.Default, PeopleRegistry.Empty, diagnostics);
        ArchiveJson.Write(archive, Stream.Null);
        foreach (var meeting in archive.Meetings)
        {
            AgendaAnchors.Of(meeting);
            foreach (var mention in meeting.References) AgendaAnchors.For(meeting, mention.AgendaItem);
        }
        _ = diagnostics.Sorted();
    }
}
