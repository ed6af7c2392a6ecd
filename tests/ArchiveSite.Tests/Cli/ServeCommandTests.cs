using System.Diagnostics;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Cli;

/// <summary><c>archive-site serve</c> as a process on a free port: it serves, rebuilds on save, and shows errors.</summary>
public sealed class ServeCommandTests
{
    private const string Note = "# Community call 2024-01-10\n\n## Attendees\n- Ada Lovelace ([@ada-l](https://github.com/ada-l))\n\n## Agenda\n1. The first topic\n";
    private const string CallPage = "/calls/2024/01/10/community-call/";

    [Fact]
    public async Task RebuildsWhenANoteChangesAndShowsErrorsInsteadOfStopping()
    {
        using var temp = new TempFolder();
        var note = temp.Write("notes/2024-01-10.md", Note);
        await using var server = await Server.StartAsync(Path.Combine(temp.Path, "notes"), Path.Combine(temp.Path, "site"));
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(10) };

        var page = await http.GetStringAsync(CallPage);
        Assert.Contains("The first topic", page);
        // Live reload: a script file (the preview sends the site's CSP, which forbids inline script) that listens to the events.
        Assert.Contains("<script src=\"/__archive-site/reload.js\"></script>", page);
        Assert.Contains("/__archive-site/events", await http.GetStringAsync("/__archive-site/reload.js"));

        // An edit is served within a few seconds, and open pages are told to reload.
        using var events = await http.GetStreamAsync("/__archive-site/events");
        var reload = ReadUntil(events, "data: reload");
        File.WriteAllText(note, Note.Replace("The first topic", "A revised topic"));
        Assert.Contains("A revised topic", await Poll(http, CallPage, body => body.Contains("A revised topic")));
        Assert.True(await reload.WaitAsync(TimeSpan.FromSeconds(10)));

        // A broken note: every page shows the error with file and line; the server keeps running.
        var broken = temp.Write("notes/undated.md", "# Notes without a date\n");
        var error = await Poll(http, CallPage, body => body.Contains("The build failed"));
        Assert.Contains("<code>undated.md:1:1</code> no date found for this call", error);

        File.Delete(broken);
        Assert.Contains("A revised topic", await Poll(http, CallPage, body => body.Contains("A revised topic")));
    }

    private static async Task<string> Poll(HttpClient http, string path, Func<string, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var response = await http.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            if (done(body)) return body;
            if (clock.Elapsed > TimeSpan.FromSeconds(15)) throw new TimeoutException($"{path} did not change in 15 s; last body:\n{body}");
            await Task.Delay(100);
        }
    }

    private static async Task<bool> ReadUntil(Stream stream, string text)
    {
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync() is { } line)
            if (line == text) return true;
        return false;
    }

    /// <summary>The serve command in its own process, stopped (with its children) when the test ends.</summary>
    private sealed class Server : IAsyncDisposable
    {
        private readonly Process _process;
        public Uri Address { get; }

        private Server(Process process, Uri address)
        {
            _process = process;
            Address = address;
        }

        public static async Task<Server> StartAsync(string content, string output)
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "ArchiveSite.Cli.dll"), "serve", "--content", content, "--out", output, "--port", "0", "--no-search" })
                info.ArgumentList.Add(arg);
            var process = Process.Start(info)!;
            _ = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                var at = line.IndexOf("http://", StringComparison.Ordinal);
                if (line.StartsWith("serving ") && at >= 0)
                {
                    _ = process.StandardOutput.ReadToEndAsync();
                    return new Server(process, new Uri(line[at..line.IndexOf(' ', at)]));
                }
            }
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("serve exited before it was serving");
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }
}
