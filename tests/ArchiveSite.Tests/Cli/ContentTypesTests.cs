using ArchiveSite.Cli.Serving;

namespace ArchiveSite.Tests.Cli;

/// <summary>What <c>serve</c> tells a browser each built file is: a calendar subscribes, an icon shows, a page renders.</summary>
public sealed class ContentTypesTests
{
    [Theory]
    [InlineData("site/series/community-call/calendar.ics", "text/calendar; charset=utf-8")]
    [InlineData("site/favicon.ico", "image/x-icon")]
    [InlineData("site/index.html", "text/html; charset=utf-8")]
    [InlineData("site/feed.xml", "application/xml")]
    [InlineData("site/export/calls.csv", "text/csv; charset=utf-8")]
    [InlineData("site/pagefind/pagefind.en_1a2b.pf_meta", "application/octet-stream")]
    public void EachBuiltFileIsServedAsWhatItIs(string file, string expected) => Assert.Equal(expected, ContentTypes.For(file));
}
