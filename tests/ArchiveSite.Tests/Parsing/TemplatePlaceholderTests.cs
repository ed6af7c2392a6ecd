using ArchiveSite.Authoring;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Parsing;

/// <summary>A draft written from a template names nobody until someone fills it in.</summary>
public sealed class TemplatePlaceholderTests
{
    [Fact]
    public void TheBuiltInTemplatesExampleAttendeeIsNobody()
    {
        var draft = NextNote.BuiltInTemplate.Replace("{{series}}", "Widget call").Replace("{{date}}", "2099-01-07").Replace("{{mc}}", "");

        var call = Notes.Single(draft);

        Assert.Empty(call.Attendees);
        Assert.Empty(call.Mcs);
    }

    [Theory]
    [InlineData("- [ ] TODO")]
    [InlineData("- [ ] TBD.")]
    [InlineData("- [ ] ...")]
    [InlineData("- [ ] <topic>")]
    [InlineData("- [ ] [item]")]
    [InlineData("- [ ] ")]
    public void APlaceholderTaskIsNoActionItem(string line)
    {
        var call = Notes.Single($"# Widget call 2099-01-07\n\n## Agenda\n{line}\n- [ ] Ada to fix widget/core#12\n");

        Assert.Equal("Ada to fix widget/core#12", Assert.Single(call.Actions).Text);
    }
}
