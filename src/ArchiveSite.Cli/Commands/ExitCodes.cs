namespace ArchiveSite.Cli.Commands;

/// <summary>Process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>At least one note (or settings file) has an error; every error was printed.</summary>
    public const int NoteErrors = 1;

    /// <summary>The command could not run: bad arguments, a missing folder, an unwritable output.</summary>
    public const int UsageOrIo = 2;
}
