using System.Globalization;
using ArchiveSite.Tests.Fuzz;
using SharpFuzz;

// One fuzz target per kind of input a pull request can bring (FuzzTargets, shared with the tests that replay
// findings). Any exception that escapes is a crash; hangs are caught by libFuzzer's -timeout.
// Nothing of the instrumented assemblies may run before Fuzzer.LibFuzzer.Run: their coverage counters live in
// memory it sets up. So the targets build everything they use.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var target = args.Length > 0 ? args[0] : FuzzTargets.Note;
ReadOnlySpanAction action = target switch
{
    FuzzTargets.Note => bytes => FuzzTargets.ReadNote(bytes),
    FuzzTargets.Yaml => bytes => FuzzTargets.ReadYaml(bytes),
    FuzzTargets.Refs => bytes => FuzzTargets.ReadRefs(bytes),
    FuzzTargets.Cost => bytes => FuzzTargets.ReadAtTwoSizes(bytes),
    _ => throw new ArgumentException($"unknown target '{target}'; use {FuzzTargets.Note}, {FuzzTargets.Yaml}, {FuzzTargets.Refs} or {FuzzTargets.Cost}"),
};
// Under libFuzzer the input comes through shared memory; run by hand, from the files named after the target.
if (Environment.GetEnvironmentVariable("__LIBFUZZER_SHM_ID") is null && args.Length > 1)
{
    foreach (var file in args.Skip(1)) action(File.ReadAllBytes(file));
    return;
}
Fuzzer.LibFuzzer.Run(action);
