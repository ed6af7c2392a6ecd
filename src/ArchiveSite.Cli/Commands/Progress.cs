namespace ArchiveSite.Cli.Commands;

/// <summary>Progress for long work: one line per finished stage on stderr, so stdout stays for results.</summary>
internal static class Progress
{
    public static void Line(string stage) => Console.Error.WriteLine($"  {stage}");
}
