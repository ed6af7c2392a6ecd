using ArchiveSite.Text;

namespace ArchiveSite.Tests.Resolution;

/// <summary>
/// Names are compared as <see cref="PersonNames.Normalize"/> makes them: case, accents, a leading '@' and spacing do not
/// matter. A name already in that form comes back as it is (no copy); every other one is made over.
/// </summary>
public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("Kris Nóva", "kris nova")]
    [InlineData("kris nóva", "kris nova")]
    [InlineData("Leogr", "leogr")]
    [InlineData("@leogr", "leogr")]
    [InlineData("@@leogr", "leogr")]
    [InlineData(" leogr", "leogr")]
    [InlineData("leogr ", "leogr")]
    [InlineData("kris  nova", "kris nova")]
    [InlineData("kris\tnova", "kris nova")]
    [InlineData("kris\u00a0nova", "kris nova")]
    [InlineData("kris\nnova", "kris nova")]
    [InlineData("jose\u0301", "jose")]
    [InlineData("ΑΘΗΝΑ", "αθηνα")]
    [InlineData("@", "")]
    [InlineData("@ @leogr", "leogr")]
    [InlineData("\u0301@leogr", "leogr")]
    [InlineData("", "")]
    public void NamesAreComparedWithoutCaseAccentsLeadingAtOrExtraSpace(string written, string normalized) =>
        Assert.Equal(normalized, PersonNames.Normalize(written));

    [Theory]
    [InlineData("kris nova")]
    [InlineData("leogr")]
    [InlineData("jason-dellaluce_2")]
    [InlineData("a @b")]
    [InlineData("o'brien, jr.")]
    public void ANameAlreadyNormalisedComesBackAsItIs(string name) =>
        Assert.Same(name, PersonNames.Normalize(name));

    [Fact]
    public void NormalisingTwiceChangesNothing()
    {
        var random = new Random(7);
        const string alphabet = "aZ @\t\u00a0é\u0301Ωx-.";
        for (var i = 0; i < 2_000; i++)
        {
            var name = new string([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var once = PersonNames.Normalize(name);
            Assert.Equal(once, PersonNames.Normalize(once));
        }
    }
}
