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
}
