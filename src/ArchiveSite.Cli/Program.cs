using System.CommandLine;
using ArchiveSite.Cli.Commands;

var root = new RootCommand("ArchiveSite: turns a folder of Markdown meeting notes into a searchable static archive.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    NewCommand.Create(),
    ServeCommand.Create(),
    ExportCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
