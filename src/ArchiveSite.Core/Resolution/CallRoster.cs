using ArchiveSite.Parsing;

namespace ArchiveSite.Resolution;

/// <summary>
/// Who one call names, resolved: its MCs, attendees and next MCs as person keys (with the detail written beside each,
/// "Sysdig") and the names the call writes them by, and each agenda item's presenters as the people directory finds
/// them (null where it finds no one).
/// </summary>
/// <remarks>
/// Every resolution counts the spelling it was written in, and a person's display name is the spelling counted most.
/// So the rosters are resolved first, for all calls; the calls' <see cref="Model.Meeting"/>s are then made from them with
/// every spelling counted, so that a presenter matched by a roster person's name is matched the same whatever calls
/// came before (the archive's names for them, not the ones counted so far).
/// </remarks>
internal sealed record CallRoster(
    IReadOnlyList<string> Mcs,
    IReadOnlyList<string> Attendees,
    IReadOnlyList<string> NextMc,
    IReadOnlyDictionary<string, string> Details,
    IReadOnlyList<(string Key, string Name)> WrittenNames,
    IReadOnlyList<IReadOnlyList<(string Nickname, string? Key)>> Presenters)
{
    /// <param name="isTopicTag">archive.yml's topic tags (<c>[docs]</c>): not people, and left out of the presenters.</param>
    public static CallRoster Of(ParsedMeeting call, PeopleDirectory people, Func<string, bool> isTopicTag)
    {
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        var written = new List<(string, string)>();
        List<string> Keys(IEnumerable<PersonEntry> entries, bool named) => entries.Select(e =>
        {
            var key = people.Resolve(e, call.Date);
            if (e.Detail is { } detail) details.TryAdd(key, detail);
            if (named && e.Name is { } name) written.Add((key, name));
            return key;
        }).Distinct().ToList();
        var (mcs, attendees, nextMc) = (Keys(call.Mcs, true), Keys(call.Attendees, true).Order(StringComparer.Ordinal).ToList(), Keys(call.NextMc, false));
        var presenters = call.Agenda
            .Select(a => (IReadOnlyList<(string, string?)>)a.Presenters.Where(n => !isTopicTag(n)).Select(n => (n, people.ResolveNickname(n, call.Date))).ToList())
            .ToList();
        return new CallRoster(mcs, attendees, nextMc, details, written, presenters);
    }
}
