using System.Diagnostics;
using ArchiveSite.Tests.Support;

namespace ArchiveSite.Tests.Cli;

/// <summary><c>archive-site serve</c> as a process on a free port: it serves, rebuilds on save, and shows errors.</summary>
public sealed class ServeCommandTests
{
    private const string Note = "# Community call 2024-01-10\n\n## Attendees\n- Ada Lovelace ([@ada-l](https://github.com/ada-l))\n\n## Agenda\n1. The first topic\n";
    private const string CallPage = "/calls/2024/01/10/community-call/";

    [Fact]
    [Trait("Category", "Slow")] // the CLI as a process
    public async Task RebuildsWhenANoteChangesAndShowsErrorsInsteadOfStopping()
    {
        using var temp = new TempFolder();
        var note = temp.Write("notes/2024-01-10.md", Note);
        var cache = Path.Combine(temp.Path, "cache");
        await using var server = await ServeProcess.StartAsync(Path.Combine(temp.Path, "notes"), Path.Combine(temp.Path, "site"), "--cache", cache);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(10) };

        var page = await http.GetStringAsync(CallPage, TestContext.Current.CancellationToken);
        Assert.Contains("The first topic", page);
        // --cache: the compiled theme and the parsed notes are kept where it says, not in the user's cache.
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(cache, "templates"), "*.dll"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(cache, "notes")));
        // Live reload: a script file (the preview sends the site's CSP, which forbids inline script) that listens to the events.
        Assert.Contains("<script src=\"/__archive-site/reload.js\"></script>", page);
        Assert.Contains("/__archive-site/events", await http.GetStringAsync("/__archive-site/reload.js", TestContext.Current.CancellationToken));

        // An edit is served within a few seconds, and open pages are told to reload.
        using var events = await http.GetStreamAsync("/__archive-site/events", TestContext.Current.CancellationToken);
        var reload = ReadUntil(events, "data: reload");
        File.WriteAllText(note, Note.Replace("The first topic", "A revised topic"));
        Assert.Contains("A revised topic", await ServeProcess.Poll(http, CallPage, body => body.Contains("A revised topic")));
        Assert.True(await reload.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));

        // A broken note: every page shows the error with file and line; the server keeps running.
        var broken = temp.Write("notes/undated.md", "# Notes without a date\n");
        var error = await ServeProcess.Poll(http, CallPage, body => body.Contains("The build failed"));
        Assert.Contains("<code>undated.md:1:1</code> no date found for this call", error);

        File.Delete(broken);
        Assert.Contains("A revised topic", await ServeProcess.Poll(http, CallPage, body => body.Contains("A revised topic")));
    }

    private static async Task<bool> ReadUntil(Stream stream, string text)
    {
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync() is { } line)
            if (line == text) return true;
        return false;
    }
}
