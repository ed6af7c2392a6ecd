using System.Runtime.CompilerServices;
using ArchiveSite.Model;

namespace ArchiveSite.Export;

/// <summary>
/// Each call's object in <c>meetings.json</c> as the last build of this process wrote it, for a process that builds
/// many times (<c>serve</c>): a call resolved from an unchanged note is the same <see cref="Meeting"/> from build to
/// build (Resolution/ResolutionMemo), and its object is the same bytes when the kinds of the PRs and issues it names are
/// too, which is all it reads besides the call. At ×30 the file is 32 MB, two-thirds of it calls: made again whole, it
/// was a third of a rebuild's time. A one-shot build keeps none (they would only hold memory).
/// </summary>
public sealed class MeetingFragments
{
    internal sealed record Fragment(IReadOnlyList<string> Kinds, byte[] Json);

    // Tied to the calls themselves: a call no build holds any more takes its bytes with it.
    private ConditionalWeakTable<Meeting, Fragment> _known = new();

    /// <summary>Starts a file: what the last one wrote is read, what this one writes is kept for the next.</summary>
    internal Writing Start()
    {
        var last = _known;
        _known = new ConditionalWeakTable<Meeting, Fragment>();
        return new Writing(last, _known);
    }

    internal sealed class Writing(ConditionalWeakTable<Meeting, Fragment> last, ConditionalWeakTable<Meeting, Fragment> next)
    {
        /// <summary>The call's object as the last file had it, when made from this very call and the same kinds; else null.</summary>
        public byte[]? Known(Meeting meeting, IReadOnlyList<string> kinds) =>
            last.TryGetValue(meeting, out var known) && known.Kinds.SequenceEqual(kinds, StringComparer.Ordinal) ? known.Json : null;

        public void Keep(Meeting meeting, IReadOnlyList<string> kinds, byte[] json) => next.AddOrUpdate(meeting, new Fragment(kinds, json));
    }

    /// <summary>
    /// An object written alone, as it reads at <paramref name="depth"/> of an indented file: a line break before it and
    /// two spaces more at the start of each of its lines per level (a raw value is copied as it is). JSON text holds no
    /// line break but between tokens, so every one is where indentation goes.
    /// </summary>
    internal static byte[] Indented(ReadOnlySpan<byte> alone, int depth)
    {
        var indent = depth * 2;
        var lines = alone.Count((byte)'\n') + 1;
        // Each line's own break is replaced by the one written before it, with its indentation.
        var result = new byte[alone.Length - (lines - 1) + lines * (1 + indent)];
        var at = 0;
        var rest = alone;
        while (true)
        {
            result[at++] = (byte)'\n';
            result.AsSpan(at, indent).Fill((byte)' ');
            at += indent;
            var line = rest.IndexOf((byte)'\n');
            if (line < 0) break;
            rest[..line].CopyTo(result.AsSpan(at));
            at += line;
            rest = rest[(line + 1)..];
        }
        rest.CopyTo(result.AsSpan(at));
        return result;
    }
}
