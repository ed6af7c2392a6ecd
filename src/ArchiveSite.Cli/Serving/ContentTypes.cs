namespace ArchiveSite.Cli.Serving;

/// <summary>Content types for the files a built site holds.</summary>
internal static class ContentTypes
{
    public static string For(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".xml" => "application/xml",
        ".txt" => "text/plain; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".wasm" => "application/wasm",
        ".ics" => "text/calendar; charset=utf-8",
        ".ico" => "image/x-icon",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".woff2" => "font/woff2",
        ".csv" => "text/csv; charset=utf-8",
        _ => "application/octet-stream",
    };
}
