using System.Globalization;
using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;
using ArchiveSite.Loading;
using ArchiveSite.Parsing;
using SharpFuzz;

// One fuzz target per kind of input a pull request can bring. Any exception that escapes is a crash: the
// readers must turn every input into calls or diagnostics. (Hangs are caught by libFuzzer's -timeout.)
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var target = args.Length > 0 ? args[0] : "note";
// Nothing of the instrumented assemblies may run before Fuzzer.LibFuzzer.Run: their coverage counters live in
// memory it sets up. So the lambdas build everything they use.
ReadOnlySpanAction action = target switch
{
    // A note: bytes → text (UTF-8, line endings, control characters, mojibake) → front matter → calls.
    "note" => bytes =>
    {
        var diagnostics = new DiagnosticBag();
        if (NoteReader.Read("fuzz.md", bytes.ToArray(), diagnostics) is { } source)
            NoteParser.Parse(source, new ParseOptions("owner", "repo"), diagnostics);
    },
    // archive.yml and people.yml: the same bytes through both readers.
    "yaml" => bytes =>
    {
        var diagnostics = new DiagnosticBag();
        if (TextDecoding.Decode("fuzz.yml", bytes, diagnostics) is not { } text) return;
        SiteSettingsLoader.Parse(text, diagnostics);
        PeopleRegistryLoader.Parse(text, diagnostics);
    },
    _ => throw new ArgumentException($"unknown target '{target}'; use note or yaml"),
};
// Under libFuzzer the input comes through shared memory; run by hand, from the file named after the target.
if (Environment.GetEnvironmentVariable("__LIBFUZZER_SHM_ID") is null && args.Length > 1)
{
    foreach (var file in args.Skip(1)) action(File.ReadAllBytes(file));
    return;
}
Fuzzer.LibFuzzer.Run(action);
