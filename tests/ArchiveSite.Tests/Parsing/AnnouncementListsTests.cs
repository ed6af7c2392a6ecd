using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Parsing;

/// <summary>
/// A list whose items mostly open with a speaker's label is a discussion, not an agenda; a word with an aside before
/// a colon ("Tomorrow (Friday): …") is too weak a label to make it one, though "Bo Chen [Globex]: …" is read as Bo's words.
/// </summary>
public sealed class AnnouncementListsTests
{
    [Fact]
    public void AnnouncementsWithAnAsideStayTheAgenda()
    {
        var call = Notes.Single("# Triage 2020-06-04\n\n## Announcements\n\n- Today: 1.44 will be released\n- Tomorrow (Friday): our planning meeting; submit proposals!\n");

        Assert.Equal(["Today: 1.44 will be released", "Tomorrow (Friday): our planning meeting; submit proposals!"], call.Agenda.Select(a => a.Title));
    }
}
