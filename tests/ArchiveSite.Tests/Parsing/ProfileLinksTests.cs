using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Parsing;

/// <summary>
/// A roster line's GitHub handle comes from a link to a profile (<c>github.com/ana</c>), never from a link to something
/// the person made: the owner of a repository, an issue or a pull request is not who the line names.
/// </summary>
public sealed class ProfileLinksTests
{
    [Theory]
    [InlineData("- Fawziyah Nabeelah ([ftnabeelah])(https://github.com/vmfarms/falco-root-container-notification)", "Fawziyah Nabeelah")]
    [InlineData("- Ana Lima, see https://github.com/acme/widget/pull/12", "Ana Lima")]
    public void ALinkToARepositoryNamesNoHandle(string line, string name)
    {
        var person = Assert.Single(Notes.Single($"# Community Call 2024-02-28\n\n## Attendees\n\n{line}\n").Attendees);

        Assert.Equal(name, person.Name);
        Assert.Null(person.Handle);
    }

    [Theory]
    [InlineData("- Ana Lima (https://github.com/alima)")]
    [InlineData("- Ana Lima (https://github.com/alima/)")]
    [InlineData("- [Ana Lima](https://github.com/alima)")]
    public void ALinkToAProfileNamesItsHandle(string line) =>
        Assert.Equal("alima", Assert.Single(Notes.Single($"# Community Call 2024-02-28\n\n## Attendees\n\n{line}\n").Attendees).Handle);
}
