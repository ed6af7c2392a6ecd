using System.CommandLine;
using System.Globalization;
using ArchiveSite.Cli.Commands;

// The same notes build the same site on any machine: no number, date or comparison follows the
// machine's locale (ICU stays loaded for what needs Unicode data, such as folding accents in names).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

var root = new RootCommand("ArchiveSite: turns a folder of Markdown meeting notes into a searchable static archive.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    NewCommand.Create(),
    ServeCommand.Create(),
    ExportCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
