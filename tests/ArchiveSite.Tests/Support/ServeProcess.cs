using System.Diagnostics;

namespace ArchiveSite.Tests.Support;

/// <summary>The serve command in its own process, stopped (with its children) when the test ends.</summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    public Uri Address { get; }

    private ServeProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public static Task<ServeProcess> StartAsync(string content, string output, params string[] extra) =>
        StartAsync(content, output, new Dictionary<string, string>(), extra);

    /// <param name="output">null: serve's own default (a private temporary folder).</param>
    /// <param name="environment">More environment variables (TMPDIR, to keep that default inside the test's folder).</param>
    public static async Task<ServeProcess> StartAsync(string content, string? output, IReadOnlyDictionary<string, string> environment, params string[] extra)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        string[] outArgs = output is null ? [] : ["--out", output];
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "ArchiveSite.Cli.dll"), "serve", "--content", content }.Concat(outArgs).Concat(["--port", "0", "--no-search"]).Concat(extra))
            info.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        var process = Process.Start(info)!;
        _ = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var at = line.IndexOf("http://", StringComparison.Ordinal);
            if (line.StartsWith("serving ", StringComparison.Ordinal) && at >= 0)
            {
                _ = process.StandardOutput.ReadToEndAsync();
                return new ServeProcess(process, new Uri(line[at..line.IndexOf(' ', at)]));
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

    /// <summary>Asks for a page until it is what <paramref name="done"/> wants (15 s at most).</summary>
    public static async Task<string> Poll(HttpClient http, string path, Func<string, bool> done)
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
}
