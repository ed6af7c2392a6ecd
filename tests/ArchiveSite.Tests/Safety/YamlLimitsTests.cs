using System.Text;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Safety;

/// <summary>
/// people.yml, archive.yml and front matter arrive in pull requests: hostile YAML is an error with its line,
/// in words, and never a hang, a stack overflow or a .NET exception. Run through the CLI, in a process of
/// its own, so that a stack overflow (which no catch can stop) fails one test rather than the test run.
/// </summary>
public sealed class YamlLimitsTests
{
    private const string Note = SampleNote.OneCall;

    private static CliRunner.Result CheckWith(string file, string yaml)
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-01-10.md", Note);
        temp.Write($"content/{file}", yaml);
        return CliRunner.Run("check", "--content", Path.Combine(temp.Path, "content"));
    }

    private static void AssertReported(CliRunner.Result result, string expected)
    {
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.StdErr);
        Assert.DoesNotContain("Exception", result.StdErr);
        Assert.DoesNotContain("System.", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void BillionLaughsUsedAsAKeyIsRefusedAtOnce()
    {
        // 538 bytes that expand to 10^9 values; as a mapping key, every comparison walked them all.
        var yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'i'; c++)
            yaml.Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(",", Enumerable.Repeat("*" + (char)(c - 1), 9))).Append("]\n");
        yaml.Append("? *i\n: {name: Laughing}\n");

        var result = CheckWith("people.yml", yaml.ToString());

        AssertReported(result, "people.yml:");
        Assert.Contains("error: people.yml holds more than 200,000 values once its aliases (*name) are expanded", result.StdErr);
    }

    [Theory]
    [Trait("Category", "Slow")] // the CLI as a process
    [InlineData("- ", "is nested more than 32 levels deep")]
    [InlineData("[", "is nested more than 32 levels deep")]
    [InlineData("? ", "a key must be plain text")]  // "? ? x": a mapping as a key, refused at the second level
    public void DeepNestingInAnyFormIsRefusedBeforeItIsRead(string level, string expected)
    {
        // 30,000 levels: YamlDotNet's tree builder recursed once per level and overflowed the stack.
        var yaml = string.Concat(Enumerable.Repeat(level, 30_000)) + "x\n";

        var result = CheckWith("people.yml", yaml);

        AssertReported(result, "people.yml:1:");
        Assert.Contains(expected, result.StdErr);
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void AKeyThatIsNotPlainTextIsAnErrorInWords()
    {
        var result = CheckWith("people.yml", "ada-l: {name: Ada Lovelace}\n[grace, h]: {name: Grace Hopper}\n");

        AssertReported(result, "people.yml:2:1: error: people.yml: a key must be plain text (a name followed by ':'), not a list, a mapping or an alias; fix people.yml");
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void AFrontMatterValueOfTheWrongShapeIsAnErrorWithoutTypeNames()
    {
        using var temp = new TempFolder();
        temp.Write("content/2024-01-10.md", "---\ntitle: [Community, call]\n---\n" + Note);

        var result = CliRunner.Run("check", "--content", Path.Combine(temp.Path, "content"));

        AssertReported(result, "2024-01-10.md:2:8: error: front matter 'title' should be a single value on its line (such as 'title: Community Call'), not a list or a group of keys");
    }

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public void TheSameHandleTwiceIsAnErrorNotACrash()
    {
        var result = CheckWith("people.yml", "ada-l: {name: Ada Lovelace}\nAda-L: {name: Ada King}\n");

        AssertReported(result, "people.yml:2:1: error: 'ada-l' is listed twice (handles are compared without case); merge the two entries");
    }
}
