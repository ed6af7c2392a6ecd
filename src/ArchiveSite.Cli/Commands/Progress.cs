namespace ArchiveSite.Cli.Commands;

/// <summary>
/// Progress for long work, on stderr so stdout stays for results. On a terminal a live counter of pages
/// written is redrawn in place; when stderr is a file or a pipe (CI logs) only one plain line per stage.
/// </summary>
internal static class Progress
{
    private static readonly bool Interactive = !Console.IsErrorRedirected;

    public static void Line(string stage)
    {
        if (Interactive) ConsoleLines.RawError.Write("\r\u001b[2K");
        Console.Error.WriteLine($"  {stage}");
    }

    public static void Pages(int done, int total)
    {
        if (Interactive) ConsoleLines.RawError.Write($"\r\u001b[2K  rendering pages: {done:N0} of {total:N0}");
    }
}
