using System.Net;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Cli.Serving;

/// <summary>What every page shows while the notes have errors: each error with its file and line.</summary>
internal static class ErrorPage
{
    public static string Render(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var items = string.Concat(errors.Select(d =>
            $"<li><code>{WebUtility.HtmlEncode(d.Location)}</code> {WebUtility.HtmlEncode(d.Message)}</li>"));
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Build failed · archive-site serve</title>
            <style>body{"{"}font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem{"}"}code{"{"}background:#f3f3f3;padding:0 .3em{"}"}li{"{"}margin:.5rem 0{"}"}</style></head>
            <body><main><h1>The build failed</h1>
            <p>{errors.Count} error(s). Fix the notes and save: this page reloads by itself. The last good site is kept on disk.</p>
            <ul>{items}</ul></main></body></html>
            """;
    }
}
