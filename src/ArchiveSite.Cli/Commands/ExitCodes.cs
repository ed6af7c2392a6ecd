namespace ArchiveSite.Cli.Commands;

/// <summary>Process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>At least one note (or settings file) has an error; every error was printed.</summary>
    public const int NoteErrors = 1;

    /// <summary>The command could not run: bad arguments, a missing folder, an unwritable output.</summary>
    public const int UsageOrIo = 2;

    /// <summary><c>refs sync</c> stopped at a rate limit: what it fetched is saved, and the next run goes on from there.</summary>
    public const int Incomplete = 3;

    /// <summary>A bug in archive-site: an exception nothing expected. Said in one line, with how to report it.</summary>
    public const int InternalError = 70;
}
