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
}
