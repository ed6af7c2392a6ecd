using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace ArchiveSite.Cli.Serving;

/// <summary>
/// Live reload over Server-Sent Events: every open page holds <see cref="EventsPath"/> open and reloads
/// itself when a rebuild finishes (whether it succeeded or now shows the error page).
/// </summary>
internal sealed class LiveReload
{
    public const string EventsPath = "/__archive-site/events";

    /// <summary>The script that listens, served as a file: the preview sends the site's CSP, which allows no inline script.</summary>
    public const string ScriptPath = "/__archive-site/reload.js";

    public const string ScriptSource =
        "(()=>{const s=new EventSource(\"" + EventsPath + "\");s.onmessage=e=>{if(e.data===\"reload\")location.reload();};})();\n";

    /// <summary>Added before &lt;/body&gt; of every HTML page served (never to the built files).</summary>
    public const string Script = "<script src=\"" + ScriptPath + "\"></script>";

    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _clients = [];

    public void Reload()
    {
        lock (_lock)
            foreach (var client in _clients) client.Writer.TryWrite("reload");
    }

    public async Task Stream(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var channel = Channel.CreateUnbounded<string>();
        lock (_lock) _clients.Add(channel);
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync($"data: {message}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
        finally
        {
            lock (_lock) _clients.Remove(channel);
        }
    }
}
