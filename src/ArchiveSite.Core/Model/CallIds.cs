namespace ArchiveSite.Model;

/// <summary>
/// The calls of a person's appearances (<see cref="Archive.AppearancesByPerson"/>) or of a PR's mentions
/// (<see cref="Reference.Mentions"/>), each once, in call order. The index makes them call by call, so each call's
/// entries are together and a call is where the id changes: no set of ids per person or PR (at ×30, 789 people and
/// thousands of PRs on every build, those sets were a quarter of the time laying out the site's pages took).
/// </summary>
public static class CallIds
{
    public static IEnumerable<string> Of(IEnumerable<Appearance> appearances) => Changes(appearances.Select(a => a.MeetingId));

    public static IEnumerable<string> Of(IEnumerable<MeetingMention> mentions) => Changes(mentions.Select(m => m.MeetingId));

    private static IEnumerable<string> Changes(IEnumerable<string> ids)
    {
        string? last = null;
        foreach (var id in ids)
            if (!string.Equals(id, last, StringComparison.Ordinal))
                yield return last = id;
    }
}
