using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Site;

/// <summary>
/// The activity page of the example archive: each chart's SVG against its reviewed copy in <c>Golden/Charts/</c>
/// (regenerate with <c>ARCHIVE_SITE_UPDATE_GOLDEN=1</c>), its numbers as a table, and a person's first and last
/// call and longest run.
/// </summary>
public sealed class StatsPageTests(ExampleSite example) : IClassFixture<ExampleSite>
{
    [Theory]
    [InlineData("calls")]
    [InlineData("attendees")]
    [InlineData("newcomers")]
    [InlineData("mcs")]
    public void EachChartMatchesItsReviewedCopy(string chart)
    {
        var svg = example.Site.Page("/stats/").QuerySelector($"section[aria-labelledby={chart}-h] svg")!;
        GoldenFile.AssertMatches(Path.Combine(RepositoryRoot.Path, "tests", "ArchiveSite.Tests", "Golden", "Charts", $"{chart}.svg"), svg.OuterHtml + "\n");
    }

    [Fact]
    public void EveryChartHasATextAlternativeAndItsNumbersAsATable()
    {
        var page = example.Site.Page("/stats/");
        var charts = page.QuerySelectorAll("section.stats-chart").ToList();
        Assert.Equal(4, charts.Count);
        foreach (var chart in charts)
        {
            var svg = chart.QuerySelector("svg")!;
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(svg.GetAttribute("aria-labelledby")!)?.TextContent));
            Assert.NotEmpty(chart.QuerySelectorAll("details table tbody tr"));
        }
        // The example's calls by series: the rows add up to the calls that took place.
        var calls = page.QuerySelector("section[aria-labelledby=calls-h] table")!;
        var total = calls.QuerySelectorAll("tbody tr").Sum(row => int.Parse(row.QuerySelectorAll("td")[^1].TextContent, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(example.Site.Result.Archive!.Meetings.Count(m => !m.Cancelled), total);
    }

    [Fact]
    public void APersonPageSaysWhenTheyWereFirstAndLastSeenAndTheirLongestRun()
    {
        // The core maintainers' call of 2 November 2023; then, as "GH" presenting on 13 December (the cancelled 20 December
        // skipped), 10 and 17 January: three community calls in a row; last, office hours on 1 February.
        Assert.Equal("First seen 2 November 2023, last seen 1 February 2024; longest run: 3 calls of Community Call in a row, to 17 January 2024",
            example.Site.Page("/people/grace-h/").QuerySelector("p.muted")!.TextContent);
    }
}
