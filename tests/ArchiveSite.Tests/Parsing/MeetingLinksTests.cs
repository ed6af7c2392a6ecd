using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Parsing;

/// <summary>The call's own links (recording, meeting room, slides), written as links or as bare addresses after a label.</summary>
public sealed class MeetingLinksTests
{
    [Fact]
    public void ABareAddressTakesTheLabelWrittenBeforeIt()
    {
        var call = Notes.Single("""
            # Council Meeting 2024-03-05

            * **Recording**: https://www.youtube.com/watch?v=abc
            * [Zoom](https://zoom.us/j/123)

            ## Notes

            - Slides - https://example.org/slides.pdf
            - maybe put the youtube channel up here: https://example.org/community/
            - see https://youtu.be/other for the demo
            """);

        Assert.Equal(
            [("Recording", "https://www.youtube.com/watch?v=abc"), ("Zoom", "https://zoom.us/j/123"), ("Slides", "https://example.org/slides.pdf")],
            call.Links.Select(l => (l.Label, l.Url)));
    }
}
