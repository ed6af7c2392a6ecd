using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using ArchiveSite.Cli.Commands;

// The same notes build the same site on any machine: no number, date or comparison follows the
// machine's locale (ICU stays loaded for what needs Unicode data, such as folding accents in names).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

// Note text and file names reach the console: every line is escaped for the CI runner that reads the log.
ConsoleLines.Install();

// Named as the installed tool is, not after the assembly (RootCommand's name would be "ArchiveSite.Cli" in --help).
var root = new Command("archive-site", "ArchiveSite: turns a folder of Markdown meeting notes into a searchable static archive.")
{
    new HelpOption(),
    new VersionOption(),
    BuildCommand.Create(),
    CheckCommand.Create(),
    NewCommand.Create(),
    ServeCommand.Create(),
    ExportCommand.Create(),
    InitCommand.Create(),
    RefsCommand.Create(),
};
// An exception that reaches here is a bug, not a problem with the notes: one line that says so, and an exit
// code of its own (70, EX_SOFTWARE) so scripts can tell it from "the notes have errors" (1).
try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    Console.Error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
    Console.Error.WriteLine("this is a bug in archive-site; please report it with the command and, if you can, the notes that caused it (set ARCHIVE_SITE_TRACE=1 for the stack trace)");
    if (Environment.GetEnvironmentVariable("ARCHIVE_SITE_TRACE") == "1") Console.Error.WriteLine(e);
    return ExitCodes.InternalError;
}
