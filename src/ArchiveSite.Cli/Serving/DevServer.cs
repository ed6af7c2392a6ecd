using System.Text;
using ArchiveSite.Diagnostics;
using ArchiveSite.Output;
using ArchiveSite.Rendering;
using ArchiveSite.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArchiveSite.Cli.Serving;

/// <summary>
/// <c>archive-site serve</c>: builds the site, serves it on 127.0.0.1 with Kestrel, rebuilds when a note,
/// a settings file or the theme changes (keeping compiled templates between builds), and reloads open pages.
/// While the notes have errors every page is an error page naming file and line; the server keeps running.
/// </summary>
/// <remarks>
/// Only requests whose Host header names this machine (localhost, 127.0.0.1, [::1], or a name given with
/// <c>--host</c>) are answered, so a web page elsewhere cannot reach the preview through DNS rebinding; every
/// response carries the security headers a published site gets (<see cref="SecurityHeaders"/>).
/// </remarks>
internal sealed class DevServer(ServeOptions options, TextWriter log) : IDisposable
{
    private readonly string content = options.Content;
    private readonly string output = options.Output;
    private bool _search = options.Search;
    private readonly LiveReload _reload = new();
    // One cache for every rebuild: templates, parsed notes and page fingerprints stay in memory between them.
    private readonly BuildCache _cache = options.Cache ?? BuildCache.Default();
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile BuildResult? _last;
    private volatile SiteSnapshot? _snapshot;

    public async Task<int> RunAsync(CancellationToken stop)
    {
        if (_search && Search.PagefindIndexer.Locate(options.Pagefind) is null)
        {
            // A preview without search beats no preview: say so once and go on.
            log.WriteLine($"note: Pagefind is not installed, so this preview has no search ({Search.PagefindIndexer.InstallHint})");
            _search = false;
        }
        await RebuildAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, options.Port));
        var app = builder.Build();
        app.Use(GuardAsync);
        app.MapGet(LiveReload.EventsPath, _reload.Stream);
        app.MapGet(LiveReload.ScriptPath, (HttpContext c) =>
        {
            c.Response.ContentType = "text/javascript; charset=utf-8";
            return c.Response.WriteAsync(LiveReload.ScriptSource);
        });
        // "{**path}": every path, a file's with a dot in it too (MapFallback's default pattern skips those).
        app.MapFallback("{**path}", ServeAsync);
        await app.StartAsync(stop);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        // Watching starts before "serving" is printed: an edit made as soon as the address is known is seen.
        var settingsFolder = options.SettingsFile is null ? null : Path.GetDirectoryName(Path.GetFullPath(options.SettingsFile));
        using var watcher = new SiteWatcher(content, () => ThemeFolder(), changed => _ = RebuildAsync(changed), settingsFolder);
        log.WriteLine($"serving {address}/ (Ctrl+C to stop); watching {content}");

        // Ctrl+C reaches us through System.CommandLine's token, SIGTERM through the host's lifetime: stop on either.
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stop, app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token);
        }
        catch (OperationCanceledException)
        {
        }
        await app.StopAsync(CancellationToken.None);
        log.WriteLine("stopped");
        return 0;
    }

    private async Task RebuildAsync(IReadOnlyCollection<string>? changed = null)
    {
        await _building.WaitAsync();
        try
        {
            if (changed is not null) RedrawEditedNote(changed);
            var result = await Task.Run(() => SiteBuilder.Build(BuildOptionsFor()));
            _last = result;
            _snapshot = result.Snapshot;
            foreach (var d in result.Diagnostics.Where(d => d.Severity == Severity.Error)) log.WriteLine(d);
            log.WriteLine(result.Succeeded
                ? $"built {result.Pages} pages for {result.Calls} calls in {result.Stages.Sum(s => s.Time.TotalSeconds):0.00} s"
                : "build failed; pages show the errors until the notes are fixed");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"{output}: error: {e.Message}");
        }
        finally
        {
            _building.Release();
        }
        _reload.Reload();
    }

    /// <summary>
    /// When the burst is one saved note of a site that built, its call pages are redrawn at once and open
    /// pages reload; the full rebuild that follows brings the rest (people, references, lists, search).
    /// </summary>
    private void RedrawEditedNote(IReadOnlyCollection<string> changed)
    {
        if (_snapshot is not { } snapshot || _last is not { Succeeded: true }) return;
        // Editors save through temporary files (note.md~, .note.md.swp, 4913): those do not count.
        var touched = changed.Select(p => Path.GetRelativePath(Path.GetFullPath(content), p).Replace('\\', '/'))
            .Where(p => !Path.GetFileName(p).StartsWith('.') && !p.EndsWith('~') && File.Exists(Path.Combine(content, p)))
            .ToList();
        if (touched is not [var note] || note.StartsWith("..", StringComparison.Ordinal) || !note.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            if (NoteEdits.Redraw(snapshot, note) is not { } redrawn) return;
            log.WriteLine($"redrew {string.Join(", ", redrawn)} from {note} in {clock.Elapsed.TotalMilliseconds:0} ms; rebuilding the rest");
            _reload.Reload();
        }
        catch (Exception e)
        {
            // Never in the way of the full rebuild that follows, which reports what is wrong with the note.
            log.WriteLine($"could not redraw {note} at once ({e.GetType().Name}: {e.Message}); rebuilding");
        }
    }

    public void Dispose() => _building.Dispose();

    /// <summary>The theme the next build uses: archive.yml may name another one while serve runs.</summary>
    private string ThemeFolder()
    {
        var build = BuildOptionsFor();
        return SiteBuilder.LocateTheme(build, build.ReadConfiguration()).Folder;
    }

    // Served from the root whatever base_url says, so every link works on localhost.
    // Never the last site kept whole: the quick redraw of an edited note needs the model a build makes.
    private BuildOptions BuildOptionsFor() => new(content, output, "/", _search, _cache, options.Theme, options.Pagefind, SettingsFile: options.SettingsFile, KeepUnchangedSite: false);

    private async Task GuardAsync(HttpContext context, Func<Task> next)
    {
        foreach (var (name, value) in SecurityHeaders.All) context.Response.Headers[name] = value;
        context.Response.Headers.CacheControl = "no-store";
        var host = context.Request.Host.Host;
        if (!IsAllowedHost(host))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync($"archive-site serve answers only for localhost; start it with --host {host} to allow that name\n");
            return;
        }
        await next();
    }

    private bool IsAllowedHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host is "127.0.0.1" or "[::1]" or "::1"
        || options.Hosts.Any(h => h.Equals(host, StringComparison.OrdinalIgnoreCase));

    private async Task ServeAsync(HttpContext context)
    {
        var last = _last;
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        if (last is { Succeeded: false })
        {
            await WriteHtml(context, 500, ErrorPage.Render(last.Diagnostics));
            return;
        }
        var file = Resolve(path);
        if (file is null)
        {
            var notFound = Path.Combine(output, "404.html");
            if (File.Exists(notFound)) await WriteHtml(context, 404, await File.ReadAllTextAsync(notFound));
            else context.Response.StatusCode = 404;
            return;
        }
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            await WriteHtml(context, 200, await File.ReadAllTextAsync(file));
            return;
        }
        context.Response.ContentType = ContentTypes.For(file);
        await context.Response.SendFileAsync(file);
    }

    /// <summary>The built file a URL path names; null outside the output folder or when there is none.</summary>
    private string? Resolve(string path)
    {
        if (path.EndsWith('/')) path += "index.html";
        var root = Path.GetFullPath(output) + Path.DirectorySeparatorChar;
        var file = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        if (!file.StartsWith(root, StringComparison.Ordinal)) return null;
        if (File.Exists(file)) return file;
        return Directory.Exists(file) && File.Exists(Path.Combine(file, "index.html")) ? Path.Combine(file, "index.html") : null;
    }

    private static async Task WriteHtml(HttpContext context, int status, string html)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var page = end < 0 ? html + LiveReload.Script : html[..end] + LiveReload.Script + html[end..];
        await context.Response.WriteAsync(page, Encoding.UTF8);
    }
}
