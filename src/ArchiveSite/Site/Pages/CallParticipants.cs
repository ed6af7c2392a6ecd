using System.Runtime.CompilerServices;
using ArchiveSite.Model;

namespace ArchiveSite.Site.Pages;

/// <summary>
/// Each call's participants, each once (<see cref="Meeting.Participants"/> may repeat a key): what the activity page
/// and the streaks count. Found once per call object: a call resolved from an unchanged note is the same object from
/// build to build in a process that builds again (<c>serve</c>), where making a set of them for every call twice made
/// the activity page 50–70 ms of every rebuild at ×30.
/// </summary>
internal static class CallParticipants
{
    private static readonly ConditionalWeakTable<Meeting, string[]> Known = new();

    public static IReadOnlyList<string> Of(Meeting meeting) =>
        Known.GetValue(meeting, m => m.Participants.Distinct(StringComparer.Ordinal).ToArray());
}
