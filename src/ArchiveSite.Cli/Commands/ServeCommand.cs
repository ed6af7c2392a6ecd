using System.CommandLine;
using ArchiveSite.Cli.Serving;
using ArchiveSite.Site;

namespace ArchiveSite.Cli.Commands;

/// <summary><c>archive-site serve</c>: build, serve on localhost, rebuild on change, reload open pages.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1 (0 picks a free one; default 8080)", DefaultValueFactory = _ => 8080 };
        var output = new Option<DirectoryInfo?>("--out", "-o") { Description = "Where to build (default: a private folder, mode 0700, made in the system's temp folder for this run and removed after it)" };
        var noSearch = new Option<bool>("--no-search") { Description = "Skip the search index (faster rebuilds)" };
        var theme = CommonOptions.Theme();
        var pagefind = CommonOptions.Pagefind();
        var config = CommonOptions.Config();
        var cache = new CacheOptions();
        var hosts = new Option<string[]>("--host")
        {
            Description = "Also answer requests for this host name (repeatable); by default only localhost, 127.0.0.1 and [::1], against DNS rebinding",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("serve", """
            Build the site, serve it on http://127.0.0.1:PORT/, rebuild when a note, archive.yml, people.yml or the
            theme changes, and reload open pages. While a note has errors, pages show them with file and line.

            Examples:
              archive-site serve
              archive-site serve --content ../community/meeting-notes --port 0 --no-search
            Exit codes: 0 stopped with Ctrl+C, 2 bad arguments or the port is taken.
            """) { content, port, output, noSearch, theme, pagefind, hosts, config, cache.Folder, cache.Off };
        command.SetAction(async (parse, stop) =>
        {
            var folder = parse.GetValue(content)!;
            if (CommonOptions.ContentIsMissing(folder)) return ExitCodes.UsageOrIo;
            // By default a private folder of its own (mode 0700, a name nobody can guess): a shared, predictable
            // one under /tmp would let another user plant a link where the build writes its lock and pages.
            var privateFolder = parse.GetValue(output) is null ? Directory.CreateTempSubdirectory("archive-site-serve-") : null;
            var outDir = parse.GetValue(output)?.FullName ?? Path.Combine(privateFolder!.FullName, "site");
            try
            {
                var options = new ServeOptions(folder.FullName, outDir, parse.GetValue(port), !parse.GetValue(noSearch),
                    parse.GetValue(theme)?.FullName, parse.GetValue(pagefind)?.FullName, parse.GetValue(hosts) ?? [], parse.GetValue(config)?.FullName,
                    cache.Open(parse, buildsAgain: true));
                using var server = new DevServer(options, Console.Out);
                return await server.RunAsync(stop);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.UsageOrIo;
            }
            finally
            {
                try { privateFolder?.Delete(recursive: true); }
                catch (IOException) { } // the system's temporary folder is cleaned anyway
            }
        });
        return command;
    }
}
